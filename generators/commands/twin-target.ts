import type { AnswerKind } from '../../lib/contracts/types.ts';
import { matchingCustomers } from '../../lib/model/matching-customers.ts';
import type { ModelState } from '../../lib/model/predict.ts';
import { ResellerModel } from '../../lib/model/reseller-model.ts';
import type { RecordingDriver } from './check-sequences.ts';
import type { Observation } from './model-run.ts';

/**
 * An in-memory target that answers what the command's prediction allows (success wherever success
 * is allowed) and keeps its own model of the customers, for the self-tests of the command machinery.
 * `breaks` names an operation whose success it answers without applying the effect: a target the
 * sequences must catch. `state` is what its model knows.
 */
export function twinTarget(breaks?: string): { driver(): RecordingDriver; state: ModelState } {
  const twin = new ResellerModel();
  return {
    state: twin.state,
    driver: () => {
      const transcript: string[] = [];
      return {
        transcript,
        async removeCustomers() {},
        async call(operation, pairs, style, accepted): Promise<Observation> {
          transcript.push(`${operation.id} ${JSON.stringify(pairs)}`);
          if (style.credentials !== 'valid') return observed('auth-error');
          if (!accepted.includes(operation.answers.success)) return observed(accepted[0]!);
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
  return { kind, status: 200, received: `200 ${kind}`, judgement: { kind, problems: [], broken: [] } };
}
