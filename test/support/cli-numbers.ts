/** A command-line option's value as a positive whole number, or an error naming the option. */
export function positive(name: string, text: string): number {
  const value = Number(text);
  if (!Number.isInteger(value) || value < 1) throw new Error(`--${name} must be a positive integer, got "${text}"`);
  return value;
}

/** The seed of a run: the environment's, else a fresh one. */
export function defaultSeed(): string {
  return process.env.CONFORMANCE_SEED ?? String(Math.floor(Math.random() * 2 ** 31));
}
