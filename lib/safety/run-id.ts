import { createHash, randomBytes } from 'node:crypto';

const TIME_DIGITS = 8;
const RANDOM_DIGITS = 5;
const CHECK_DIGITS = 2;
const ID_LENGTH = TIME_DIGITS + RANDOM_DIGITS + CHECK_DIGITS;
// Run ids stamp times from 2024 on; a leftover is recognised by a plausible time after the prefix.
const EARLIEST = Date.UTC(2024, 0, 1);

// Two base-36 check digits: an ordinary word after the prefix ("cfmarketingteam...") passes 1 time in 1296.
function check(stem: string): string {
  const hash = createHash('sha256').update(stem).digest().readUInt16BE(0);
  return (hash % 36 ** CHECK_DIGITS).toString(36).padStart(CHECK_DIGITS, '0');
}

/** A run id never repeated: the time in base 36 (8 digits), 5 random base-36 digits, 2 check digits. */
export function newRunId(now = Date.now()): string {
  const random = (randomBytes(4).readUInt32BE(0) % 36 ** RANDOM_DIGITS).toString(36).padStart(RANDOM_DIGITS, '0');
  const stem = `${now.toString(36).padStart(TIME_DIGITS, '0')}${random}`;
  return `${stem}${check(stem)}`;
}

/**
 * The run in `username` when it is one the suite made: the run prefix, then a run id with valid
 * check digits whose time lies between 2024 and tomorrow. "cfo@..." or "cfmarketingteam@..." is not one.
 */
export function suiteRunOf(
  username: string,
  runPrefix: string,
  now = Date.now(),
): { runId: string; startedAt: number } | undefined {
  const name = username.toLowerCase();
  if (!name.startsWith(runPrefix)) return undefined;
  const runId = name.slice(runPrefix.length, runPrefix.length + ID_LENGTH);
  if (!/^[0-9a-z]+$/.test(runId) || runId.length !== ID_LENGTH) return undefined;
  if (check(runId.slice(0, -CHECK_DIGITS)) !== runId.slice(-CHECK_DIGITS)) return undefined;
  const startedAt = parseInt(runId.slice(0, TIME_DIGITS), 36);
  return startedAt >= EARLIEST && startedAt <= now + 86_400_000 ? { runId, startedAt } : undefined;
}
