// Reads the parameter tables of the rendered seed page (000). The renderer dropped empty parameter
// cells (the email rows): such a row has one cell too few and starts with the Required value.
export interface SeedRow {
  /** The parameter cell, verbatim; '' where the renderer dropped it. */
  parameter: string;
  required: string;
  /** The Requirements cell; absent in tables that have no such column. */
  requirements?: string;
  description: string;
}

export interface SeedTable {
  /** The section heading right above the table, e.g. "Create a Customer". */
  section: string;
  columns: string[];
  rows: SeedRow[];
}

const REQUIRED_VALUES = new Set(['Yes', 'No', 'Maybe']);

function cellsOf(line: string): string[] {
  const body = line.slice(line.indexOf('|'));
  return body
    .split('|')
    .slice(1, -1)
    .map((cell) => cell.trim());
}

function rowFrom(cells: string[], columnCount: number): SeedRow {
  const emptyNameDropped = REQUIRED_VALUES.has(cells[0] ?? '') && cells.at(-1) === '';
  const values = emptyNameDropped ? ['', ...cells.slice(0, columnCount - 1)] : cells;
  if (values.length !== columnCount)
    throw new Error(`Seed table row has ${values.length} cells, expected ${columnCount}: ${cells.join(' | ')}`);
  const [parameter = '', required = ''] = values;
  if (columnCount === 4) return { parameter, required, requirements: values[2] ?? '', description: values[3] ?? '' };
  return { parameter, required, description: values[2] ?? '' };
}

export function parseSeedTables(text: string): SeedTable[] {
  const lines = text.split('\n');
  const tables: SeedTable[] = [];
  for (let index = 0; index < lines.length; index += 1) {
    const line = lines[index] ?? '';
    if (!line.includes('| Parameter |')) continue;
    const section = (lines[index - 1] ?? '').trim();
    const columns = cellsOf(line);
    const rows: SeedRow[] = [];
    let next = index + 1;
    if ((lines[next] ?? '').startsWith('|---')) next += 1;
    for (; (lines[next] ?? '').startsWith('|') && (lines[next] ?? '').trim() !== '| |'; next += 1) {
      rows.push(rowFrom(cellsOf(lines[next] ?? ''), columns.length));
    }
    tables.push({ section, columns, rows });
    index = next - 1;
  }
  return tables;
}
