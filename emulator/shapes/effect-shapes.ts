import type { Effect, OperationId } from '../../lib/contracts/types.ts';
import { SUCCESS, type Answer } from '../answers/answer.ts';
import { mapAnswer } from '../effects/call.ts';
import { listMatching, type FilterMatch } from '../effects/list-customers.ts';
import type { Install } from './install.ts';

type ListEntry = Extract<Answer, { kind: 'customer-list' }>['customers'][number];

/** The operation answers success and changes nothing; every other operation of the effect works. */
export function effectSkipped(kind: Effect['kind'], operationId: OperationId): Install {
  return (parts) => {
    const handle = parts.effects[kind];
    parts.effects[kind] = (call) => (call.prepared.operation.id === operationId ? SUCCESS : handle(call));
  };
}

/** The update answers success but never stores this parameter: the list of columns it updates lacks it. */
export function fieldNotUpdated(operationId: OperationId, parameterName: string): Install {
  return (parts) => {
    const operation = parts.operations.find((candidate) => candidate.id === operationId);
    if (operation?.effect.kind === 'updates')
      operation.effect.fromParameters = operation.effect.fromParameters.filter((name) => name !== parameterName);
  };
}

/** List entries leave this field out. */
export function fieldNotListed(field: string): Install {
  return (parts) => {
    const list = parts.effects.none;
    parts.effects.none = (call) => list({ ...call, listFields: call.listFields.filter((listed) => listed !== field) });
  };
}

/** The list filters compare a stored value with the one sent by `matches` instead of equality. */
export function filtersMatchBy(matches: FilterMatch): Install {
  return (parts) => {
    parts.effects.none = (call) => listMatching(call, call.reseller.customers.values(), matches);
  };
}

/** The list comes in the order `reorder` gives the entries instead of the order of creation. */
export function listOrdered(reorder: (entries: ListEntry[]) => ListEntry[]): Install {
  return (parts) => {
    const list = parts.effects.none;
    parts.effects.none = (call) =>
      mapAnswer(list(call), (answer) =>
        answer.kind === 'customer-list' ? { ...answer, customers: reorder([...answer.customers]) } : answer,
      );
  };
}
