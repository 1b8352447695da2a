import type { AnswerKind } from '../../lib/contracts/types.ts';
import { matchingCustomers } from '../../lib/model/matching-customers.ts';
import { ResellerModel } from '../../lib/model/reseller-model.ts';
import type { Account } from '../../lib/rules/types.ts';
import type { RecordingDriver } from './check-sequences.ts';
import type { Observation } from './model-run.ts';

/**
 * An in-memory target that behaves exactly as the model predicts (success wherever success is
 * allowed), for the self-tests of the command machinery. `breaks` names an operation whose
 * success it answers without applying the effect: a target the sequences must catch.
 */
export function twinTarget(account: Account, breaks?: string): { driver(): RecordingDriver } {
  const twin = new ResellerModel(account);
  return {
    driver: () => {
      const transcript: string[] = [];
      return {
        transcript,
        async removeCustomers() {},
        async call(operation, pairs, style): Promise<Observation> {
          transcript.push(`${operation.id} ${JSON.stringify(pairs)}`);
          if (style.credentials !== 'valid') return observed('auth-error');
          const prediction = twin.predict(operation, pairs);
          if (prediction.outcome === 'refused') return observed(prediction.refusal[0]!);
          if (operation.effect.kind === 'none') {
            const customers = [...matchingCustomers(operation, twin.customers, pairs).values()].map((customer) => ({
              ...customer.listed,
              ...customer.listedIfShown,
            }));
            return { ...observed('customer-list'), customers };
          }
          if (operation.id !== breaks) twin.apply(operation, pairs);
          return observed(operation.answers.success);
        },
      };
    },
  };
}

function observed(kind: AnswerKind): Observation {
  return { kind, status: 200, received: `200 ${kind}` };
}
