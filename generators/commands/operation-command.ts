import type fc from 'fast-check';
import { loadOperation, loadRequirements } from '../../lib/contracts/load.ts';
import type { Operation, OperationId } from '../../lib/contracts/types.ts';
import { outcomeOf } from '../../lib/envelopes/compiled-schemas.ts';
import { isAccepted } from '../../lib/envelopes/judge.ts';
import { compareListing } from '../../lib/model/compare-listing.ts';
import { filterReadings } from '../../lib/model/filter-readings.ts';
import { describeMismatch } from '../../lib/model/listing-mismatch.ts';
import type { Breakage } from '../../lib/model/predict.ts';
import { acceptedKinds, type Prediction } from '../../lib/model/prediction.ts';
import { ModelDisagreement, type CallStyle, type ModelRun, type TargetDriver } from './model-run.ts';

/**
 * One generated call of one operation, checked against the model: the answer must be one the
 * model allows (from the rules the command was built to break, `breaks`, and the model's state); a
 * success changes the model; afterwards retrieve must list exactly what the model holds (a retrieve
 * command: exactly the customers its filters select).
 */
export class OperationCommand implements fc.AsyncCommand<ModelRun, TargetDriver> {
  private sent: Array<[string, string]> | undefined;

  constructor(
    readonly operationId: OperationId,
    private readonly build: (run: ModelRun) => Array<[string, string]>,
    private readonly breaks: readonly Breakage[],
    readonly style: CallStyle,
    private readonly label: string,
  ) {}

  check(): boolean {
    return true;
  }

  async run(run: ModelRun, driver: TargetDriver): Promise<void> {
    const operation = loadOperation(this.operationId);
    const pairs = this.build(run);
    this.sent = pairs;
    const prediction = run.model.predict(operation, pairs, this.breaks, this.style.credentials);
    const accepted = acceptedKinds(prediction);
    const observed = await driver.call(operation, pairs, this.style, accepted);
    if (!isAccepted(observed.kind, accepted)) {
      throw new ModelDisagreement(
        observed.kind === undefined && observed.causes?.length
          ? observed.causes
          : answerRequirements(operation, prediction),
        this.operationId,
        this.style,
        `${this}: expected ${accepted.join(' or ')} (${explain(prediction)}), received ${observed.received}`,
      );
    }
    const succeeded = observed.kind !== undefined && outcomeOf(observed.kind) === 'success';
    if (operation.effect.kind === 'none') {
      if (succeeded) this.checkFiltered(operation, run, pairs, observed.customers ?? []);
      return;
    }
    if (succeeded) run.model.apply(operation, pairs);
    const retrieve = loadOperation('retrieve');
    const listing = await driver.call(retrieve, [], { ...this.style, credentials: 'valid' }, ['customer-list']);
    if (listing.kind !== 'customer-list') {
      throw new ModelDisagreement(
        listing.causes?.length ? listing.causes : [retrieve.effect.accepting],
        'retrieve',
        this.style,
        `${this}: the following retrieve answered ${listing.received}`,
      );
    }
    const mismatches = compareListing(run.model.customers, listing.customers ?? [], run.inScope, this.style.format);
    if (mismatches.length > 0) {
      const causes = [...new Set(mismatches.map((mismatch) => mismatch.cause))];
      const differences = mismatches.map(describeMismatch).join('; ');
      throw new ModelDisagreement(
        causes.every((cause) => cause !== undefined) ? causes : stateRequirements(operation, succeeded, this.style),
        this.operationId,
        this.style,
        `${this}: answered ${observed.kind}, then retrieve disagrees with the model: ${differences}`,
      );
    }
  }

  private checkFiltered(
    retrieve: Operation,
    run: ModelRun,
    filters: Array<[string, string]>,
    listed: Array<Record<string, string>>,
  ): void {
    const readings = filterReadings(retrieve, run.model.customers, filters);
    const verdicts = readings.map((expected) => compareListing(expected, listed, run.inScope, this.style.format));
    if (verdicts.some((mismatches) => mismatches.length === 0)) return;
    const filterRequirements = filters.map(([name]) => `retrieve.${name}.filter`);
    throw new ModelDisagreement(
      filters.length > 1
        ? [...filterRequirements, 'retrieve.filter.combined']
        : filters.length === 1
          ? filterRequirements
          : ['retrieve.answer.list-fields'],
      'retrieve',
      this.style,
      `${this}: the list disagrees with the model: ${verdicts[0]!.map(describeMismatch).join('; ')}`,
    );
  }

  toString(): string {
    const shown = this.sent
      ? this.sent.map(([name, value]) => `${name}=${JSON.stringify(value)}`).join(' ')
      : this.label;
    const credentials = this.style.credentials === 'valid' ? '' : ` [${this.style.credentials} credentials]`;
    return `${this.operationId}.${this.style.format} ${this.style.verb}${credentials} ${shown}`;
  }
}

function answerRequirements(operation: Operation, prediction: Prediction): string[] {
  if (prediction.outcome === 'success') return [operation.effect.accepting];
  return [...new Set(prediction.violations.map((violation) => violation.requirement))];
}

function stateRequirements(operation: Operation, succeeded: boolean, style: CallStyle): string[] {
  if (style.credentials !== 'valid')
    return [style.credentials === 'missing' ? 'api.auth.required' : 'api.auth.wrong-credentials'];
  if (!succeeded) return [operation.effect.refusing ?? operation.effect.accepting];
  const observable = ('requirements' in operation.effect ? operation.effect.requirements : []).filter(
    (id) => loadRequirements().get(id)?.untestable === undefined,
  );
  // A success whose effect cannot be observed (update_password) must still leave the list as it was.
  return observable.length > 0 ? observable : [operation.effect.accepting];
}

function explain(prediction: Prediction): string {
  if (prediction.outcome === 'success') return 'every rule holds';
  return prediction.violations.map((violation) => violation.message).join(', ');
}
