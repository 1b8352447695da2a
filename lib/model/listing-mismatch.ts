/** One way a retrieve list disagrees with the model. */
export interface ListingMismatch {
  username: string;
  problem: 'not listed' | 'listed but not expected' | 'listed more than once' | 'field differs';
  field?: string;
  expected?: string;
  listed?: string;
  /** A cross-cutting rule that explains the difference (the XML bytes' encoding). */
  cause?: string;
}

export function describeMismatch(mismatch: ListingMismatch): string {
  if (mismatch.problem !== 'field differs') return `${mismatch.username}: ${mismatch.problem}`;
  return (
    `${mismatch.username}: ${mismatch.field} is ${JSON.stringify(mismatch.listed)}, ` +
    `expected ${JSON.stringify(mismatch.expected)}`
  );
}
