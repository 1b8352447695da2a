// Proves the contracts hold every row of the seed tables (000) and every example call (001).
import type { SeedTable } from './seed-tables.ts';
import type { Operation, Parameter } from './types.ts';

export const TABLE_SEED = '000_058a775d00ef64a2.txt';

const PRESENCE_OF_REQUIRED: Record<string, Parameter['presence'][]> = {
  Yes: ['required', 'ambiguous'],
  No: ['optional'],
  Maybe: ['conditional'],
};

const LIMIT_PATTERNS: { pattern: RegExp; kind: 'maxLength' | 'minLength' }[] = [
  { pattern: /\b(?:no|not) more than (\d+)/gi, kind: 'maxLength' },
  { pattern: /\bat least (\d+)/gi, kind: 'minLength' },
];

function parameterForCell(operation: Operation, cell: string): Parameter[] {
  return operation.parameters.filter(
    (parameter) =>
      parameter.seed.table === TABLE_SEED &&
      (parameter.seed.parameterCell !== undefined ? parameter.seed.parameterCell === cell : parameter.name === cell),
  );
}

export interface SeedCoverage {
  errors: string[];
  rowsChecked: number;
}

/** Every row is in the matching contract verbatim, with its limits as constraints; no contract row is invented. */
export function checkSeedTables(tables: SeedTable[], operations: Operation[]): SeedCoverage {
  const errors: string[] = [];
  let rowsChecked = 0;
  for (const table of tables) {
    const operation = operations.find((candidate) => candidate.title === table.section);
    if (!operation) {
      errors.push(`seed table "${table.section}" has no contract with that title`);
      continue;
    }
    for (const row of table.rows) {
      const where = `${operation.id}: row "${row.parameter}"`;
      const matching = parameterForCell(operation, row.parameter);
      if (matching.length !== 1) {
        errors.push(`${where}: ${matching.length} contract parameters claim this row`);
        continue;
      }
      const parameter = matching[0]!;
      rowsChecked += 1;
      if (parameter.seed.required !== row.required)
        errors.push(`${where}: Required "${parameter.seed.required}" differs from the seed's "${row.required}"`);
      if (parameter.seed.requirements !== row.requirements)
        errors.push(
          `${where}: Requirements "${parameter.seed.requirements}" differs from the seed's "${row.requirements}"`,
        );
      if (parameter.seed.description !== row.description)
        errors.push(
          `${where}: Description "${parameter.seed.description}" differs from the seed's "${row.description}"`,
        );
      if (!PRESENCE_OF_REQUIRED[row.required]?.includes(parameter.presence))
        errors.push(`${where}: presence "${parameter.presence}" does not fit Required "${row.required}"`);
      const text = row.requirements ?? row.description;
      for (const { pattern, kind } of LIMIT_PATTERNS) {
        for (const match of text.matchAll(pattern)) {
          const value = Number(match[1]);
          if (!parameter.constraints.some((constraint) => constraint.kind === kind && constraint.value === value)) {
            errors.push(`${where}: "${match[0]}" has no ${kind} ${value} constraint`);
          }
        }
      }
    }
    const rowCount = operation.parameters.filter((parameter) => parameter.seed.table === TABLE_SEED).length;
    if (rowCount !== table.rows.length)
      errors.push(`${operation.id}: ${rowCount} parameters cite the table, which has ${table.rows.length} rows`);
  }
  for (const operation of operations) {
    if (!tables.some((table) => table.section === operation.title))
      errors.push(`${operation.id}: title "${operation.title}" is no seed table's section`);
  }
  return { errors, rowsChecked };
}

/** The example calls of the page source (001): the code blocks without a language. */
export function exampleCallsOf(page: string): string[] {
  return [...page.matchAll(/\{% codeblock %\}\n([^\n]*)\n\{% endcodeblock %\}/g)].map((match) => match[1]!.trim());
}

/** Every example call of 001 is some contract's example call, and every contract example is one of them. */
export function checkExampleCalls(page: string, operations: Operation[]): { errors: string[]; callsChecked: number } {
  const calls = exampleCallsOf(page);
  const contractCalls = operations.flatMap((operation) =>
    operation.examples.map((example) => ({ operation: operation.id, call: example.call })),
  );
  const errors: string[] = [];
  for (const call of calls) {
    if (!contractCalls.some((candidate) => candidate.call === call))
      errors.push(`example call of 001 is in no contract: ${call}`);
  }
  for (const { operation, call } of contractCalls) {
    if (!calls.includes(call)) errors.push(`${operation}: example call is not in 001: ${call}`);
  }
  return { errors, callsChecked: calls.length };
}
