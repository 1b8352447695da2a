/** The command's exit codes (documented in `--help` and the README). */
export const EXIT = {
  /**
   * The target is conformant (or partially conformant with --accept-partial); a shard ran; a helper command did its
   * work.
   */
  ok: 0,
  /** The target is not conformant (or only partially, without --accept-partial); cleanup left customers behind. */
  notConformant: 1,
  /** Bad usage, a profile that does not load, an unreachable target or refused credentials: nothing was judged. */
  usage: 2,
  /** The run broke: no certificate (or no shard report) was written. */
  broken: 3,
} as const;

export const EXIT_CODES_TEXT = `Exit codes:
  0  conformant (partially conformant too with --accept-partial); a shard wrote its report
  1  not conformant (the certificate says why)
  2  usage error, a profile that does not load, an unreachable target or refused credentials
  3  the run broke before a certificate (or a shard report) was written`;

/** A problem with what the user asked for: printed without a stack, exit code 2. */
export class UsageError extends Error {}
