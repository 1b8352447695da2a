import type { FailureRecord } from '../../lib/reporting/failure-record.ts';

const LABELS: [keyof FailureRecord, string][] = [
  ['requirement', 'Requirement'],
  ['operation', 'Operation'],
  ['format', 'Format'],
  ['verb', 'Verb'],
  ['case', 'Case (shrunk)'],
  ['documented', 'The documents say'],
  ['received', 'What came back'],
  ['seed', 'Seed'],
  ['path', 'Replay path'],
  ['curl', 'Reproduce'],
];

const isPairs = (value: unknown): value is [string, unknown][] =>
  Array.isArray(value) &&
  value.every((item) => Array.isArray(item) && item.length === 2 && typeof item[0] === 'string');

/** Ordered parameter pairs read best one per line as name=value; anything else as JSON. */
const asText = (value: unknown): string => {
  if (typeof value === 'string') return value;
  if (isPairs(value))
    return value.map(([name, item]) => `${name}=${typeof item === 'string' ? item : JSON.stringify(item)}`).join('\n');
  return JSON.stringify(value, null, 2);
};

/**
 * A failure's fields in reading order as [label, text, key]; fields the format does not know come last under their own
 * name.
 */
export function failureFields(failure: FailureRecord): [string, string, string][] {
  const record = failure as unknown as Record<string, unknown>;
  const known = new Set<string>(LABELS.map(([key]) => key));
  return [
    ...LABELS.filter(([key]) => record[key] !== undefined).map(([key, label]): [string, string, string] => [
      label,
      asText(record[key]),
      key,
    ]),
    ...Object.keys(record)
      .filter((key) => !known.has(key) && record[key] !== undefined)
      .map((key): [string, string, string] => [key, asText(record[key]), key]),
  ];
}

/** Fields shown as preformatted blocks rather than inline text. */
export const BLOCK_FIELDS = new Set(['case', 'documented', 'received', 'curl']);

export function formatDuration(ms: number): string {
  const seconds = Math.round(ms / 100) / 10;
  return seconds < 60 ? `${seconds} s` : `${Math.floor(seconds / 60)} min ${Math.round(seconds % 60)} s`;
}
