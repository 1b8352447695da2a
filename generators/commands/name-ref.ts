import fc from 'fast-check';
import type { Breakage } from '../../lib/model/predict.ts';
import type { ModelRun } from './model-run.ts';

/**
 * A symbolic username, resolved against the run when the command executes (names are unique per
 * execution, so shrinking replays never collide with names a previous execution reserved).
 * `live`: one of the model's customers (else as `used`); `used`: one of the names the run has used
 * (live, deleted, renamed away or refused), else a fresh one.
 */
export type NameRef =
  | { kind: 'fresh' }
  | { kind: 'live'; pick: number }
  | { kind: 'used'; pick: number }
  | { kind: 'not-email' }
  | { kind: 'sendgrid-domain' }
  | { kind: 'too-long'; length: number };

export function resolveName(ref: NameRef, run: ModelRun): string {
  switch (ref.kind) {
    case 'live': {
      const live = [...run.model.customers.keys()];
      if (live.length > 0) return live[ref.pick % live.length]!;
      return resolveName({ kind: 'used', pick: ref.pick }, run);
    }
    case 'used':
      if (run.names.length > 0) return run.names[ref.pick % run.names.length]!;
      return remember(run, run.freshName());
    case 'fresh':
      return remember(run, run.freshName());
    case 'not-email':
      return run.freshName().replace('@', '-at-');
    case 'sendgrid-domain':
      return run.freshName().replace(/@.*$/, '@SendGrid.com');
    case 'too-long': {
      const fresh = run.freshName();
      const at = fresh.indexOf('@');
      return fresh.slice(0, at) + 'x'.repeat(Math.max(0, ref.length - fresh.length)) + fresh.slice(at);
    }
  }
}

/**
 * The rule a name of this kind is built to break when sent as `parameter`: not an email (format),
 * on SendGrid.com (domainNotSendGrid), too long (maxLength). Whether a name is a customer or held is
 * the model's state, not the name's kind.
 */
export function nameBreaks(ref: NameRef, parameter: string): Breakage[] {
  switch (ref.kind) {
    case 'not-email':
      return [{ parameter, rule: 'format' }];
    case 'sendgrid-domain':
      return [{ parameter, rule: 'domainNotSendGrid' }];
    case 'too-long':
      return [{ parameter, rule: 'maxLength' }];
    default:
      return [];
  }
}

function remember(run: ModelRun, name: string): string {
  run.names.push(name);
  return name;
}

/** Mostly live customers (so commands act on real customers), sometimes any used name or a fresh one. */
export const subjectNameRef: fc.Arbitrary<NameRef> = fc.oneof(
  { weight: 8, arbitrary: fc.nat(20).map((pick): NameRef => ({ kind: 'live', pick })) },
  { weight: 2, arbitrary: fc.nat(20).map((pick): NameRef => ({ kind: 'used', pick })) },
  { weight: 1, arbitrary: fc.constant<NameRef>({ kind: 'fresh' }) },
);
