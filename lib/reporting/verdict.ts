/** A requirement a check could not judge, because something it relies on broke first. */
export interface Blocked {
  requirement: string;
  /** The requirements found broken that stand in the way (each also violated). */
  by: string[];
}

/**
 * What the checks of one call found, in every phase (generated cases, scenarios, model runs): the requirements
 * broken, and those that could not be judged because others broke first. One broken rule, one requirement:
 * what a broken answer or listing stands in the way of is blocked by it, not failed.
 */
export class Verdict {
  readonly violated = new Set<string>();
  readonly blocked: Blocked[] = [];

  /** `requirement` is broken; or, when `causes` broke first, they are broken and `requirement` is blocked by them. */
  fail(requirement: string, causes: readonly string[] = []): void {
    if (causes.length === 0) return void this.violated.add(requirement);
    for (const cause of causes) this.violated.add(cause);
    if (!causes.includes(requirement) && !this.blocked.some((entry) => entry.requirement === requirement))
      this.blocked.push({ requirement, by: [...new Set(causes)] });
  }

  /** Adds what another check found. */
  add(other: Verdict): void {
    for (const requirement of other.violated) this.violated.add(requirement);
    for (const { requirement, by } of other.blocked) this.fail(requirement, by);
  }

  /** `requirement`, where blamed, replaced by `blamed` (a narrower rule that explains the same failure). */
  replace(requirement: string, blamed: readonly string[]): void {
    if (!this.violated.delete(requirement)) return;
    for (const id of blamed) this.violated.add(id);
  }

  get clean(): boolean {
    return this.violated.size === 0 && this.blocked.length === 0;
  }

  /** Blocked requirements that are not also found broken (broken wins). */
  get onlyBlocked(): Blocked[] {
    return this.blocked.filter(({ requirement }) => !this.violated.has(requirement));
  }
}
