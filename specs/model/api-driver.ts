import { loadOperation } from '../../lib/contracts/load.ts';
import type { RecordingDriver } from '../../generators/commands/check-sequences.ts';
import type { CallStyle } from '../../generators/commands/model-run.ts';
import { subjectPairs } from '../../generators/commands/subject-pairs.ts';
import type { Caller, CustomerApi } from '../transitions/support/customer-api.ts';

const callers: Record<CallStyle['credentials'], Caller> = {
  valid: 'reseller',
  wrong: 'wrong-key',
  missing: 'no-credentials',
};

/** The model run's real side: the target through the suite's client, every call recorded as curl. */
export function apiDriver(api: CustomerApi): RecordingDriver {
  const transcript: string[] = [];
  return {
    transcript,
    async call(operation, pairs, style, accepted) {
      const answer = await api.call(
        operation.id,
        pairs,
        { format: style.format, verb: style.verb, caller: callers[style.credentials] },
        accepted,
      );
      transcript.push(answer.curl);
      return {
        kind: answer.kind,
        status: answer.status,
        received: answer.received,
        customers: answer.customers,
        judgement: answer.judgement,
      };
    },
    async removeCustomers(usernames) {
      const remove = loadOperation('delete');
      for (const username of usernames) {
        await api.call('delete', subjectPairs(remove, username), { format: 'json', verb: 'GET' }, [
          remove.answers.success,
        ]);
      }
    },
  };
}
