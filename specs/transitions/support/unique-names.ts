import fc from 'fast-check';
import { limitOf, parameterOf } from '../../../lib/contracts/limits.ts';
import type { OperationId } from '../../../lib/contracts/types.ts';
import { mixedText } from '../../../generators/mixed-text.ts';
import { maxLengthOf } from '../../../generators/parameter-limits.ts';
import { password } from '../../../generators/password.ts';

/**
 * Usernames and values unique to one test of one run: `<run prefix><test key>n<k>z...`, so tests on
 * a shared target, in any order and on any number of workers, never meet (deleted usernames stay
 * reserved, so names are never reused). Remembers every username handed out, for cleanup.
 */
export class UniqueNames {
  private count = 0;
  readonly used: string[] = [];
  private readonly token: string;

  constructor(
    namePrefix: string,
    testKey: string,
    private readonly seed: number,
  ) {
    this.token = `${namePrefix}${testKey}`.toLowerCase().replace(/[^a-z0-9]/g, '');
  }

  /** A fresh unique value token (ASCII letters and digits; none is a substring of another). */
  unique(): string {
    this.count += 1;
    return `${this.token}n${this.count.toString(36)}z`;
  }

  /** A value made only of digits, with a leading zero (a zip as the seed's 91234, a phone number). */
  digits(): string {
    this.count += 1;
    return `0${String(this.seed).slice(-4)}${this.count}`;
  }

  username(): string {
    const name = `${this.unique()}@example.com`;
    this.track(name);
    return name;
  }

  email(): string {
    return `${this.unique()}@example.org`;
  }

  /**
   * A generated value for the text parameter `name` of `operation` (markup, non-ASCII), reproducible from the
   * run seed; within a quarter of its limit, so a byte-counting target accepts it too (D9).
   */
  text(name: string, operation: OperationId = 'create'): string {
    return this.sample(mixedText(Math.floor(maxLengthOf(parameterOf(operation, name)) / 4)), name.length);
  }

  /** A valid password for create and update_password, reproducible from the run seed. */
  password(): string {
    return this.sample(password(limitOf('create', 'password', 'minLength')), 0);
  }

  /** A password one character short of update_password's minimum. */
  shortPassword(): string {
    return this.password().slice(0, limitOf('update_password', 'password', 'minLength') - 1);
  }

  private sample(arbitrary: fc.Arbitrary<string>, salt: number): string {
    this.count += 1;
    return fc.sample(arbitrary, { seed: this.seed + this.count * 7919 + salt, numRuns: 1 })[0]!;
  }

  track(username: string): void {
    if (!this.used.includes(username)) this.used.push(username);
  }

  /** Whether a listed username is one of this test's. */
  owns(username: string): boolean {
    return username.startsWith(this.token);
  }
}
