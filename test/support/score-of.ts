/** A score over runs: where `holds` (a run that broke never counts), where it does not, and those that broke. */
export function scoreOf<Row extends { error?: string }>(rows: readonly Row[], holds: (row: Row) => boolean) {
  const judged = rows.filter((row) => !row.error);
  const held = judged.filter(holds);
  return {
    total: rows.length,
    held,
    missed: judged.filter((row) => !holds(row)),
    broke: rows.filter((row) => row.error),
    score: rows.length === 0 ? 0 : held.length / rows.length,
  };
}
