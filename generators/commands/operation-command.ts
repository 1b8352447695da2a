import type fc from 'fast-check';
import { parameterOf } from '../../lib/contracts/limits.ts';
import { loadOperation, loadOperations } from '../../lib/contracts/load.ts';
import type { Operation, OperationId } from '../../lib/contracts/types.ts';
import { isRefusal } from '../../lib/envelopes/compiled-schemas.ts';
import { answerVerdict } from '../../lib/envelopes/answer-verdict.ts';
import { compareListing } from '../../lib/model/compare-listing.ts';
import { filterReadings } from '../../lib/model/filter-readings.ts';
import { describeMismatch } from '../../lib/model/listing-mismatch.ts';
import { checkStep, type ListingObservation } from '../../lib/model/check-step.ts';
import { Verdict } from '../../lib/reporting/verdict.ts';
import type { Breakage } from '../../lib/model/predict.ts';
import { acceptedKinds, type Prediction } from '../../lib/model/prediction.ts';
import { blameRefusal, emptyListBlamed, verbBlamed } from '../blame-refusal.ts';
import { ModelDisagreement, type CallStyle, type ModelRun, type TargetDriver } from './model-run.ts';

/**
 * One generated call of one operation, checked as every phase checks a call (checkStep): the answer must be one the
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
    const { format, credentials } = this.style;
    const pairs = this.build(run);
    this.sent = pairs;
    const prediction = run.model.predict(operation, pairs, this.breaks, credentials);
    const accepted = acceptedKinds(prediction);
    const observed = await driver.call(operation, pairs, this.style, accepted);
    const about = callRequirements(operation, prediction);
    const expectation = { operation, format, credentials, pairs, accepted, about };
    const step = await checkStep(expectation, run.model, observed.judgement, () => this.listing(run, driver));
    const { verdict, succeeded } = step;
    if (verdict.clean) {
      if (operation.effect.kind === 'none' && succeeded)
        this.checkFiltered(operation, run, pairs, observed.customers ?? []);
      return;
    }
    const renamed = renameRoutes(run, operation, pairs);
    if (prediction.outcome === 'success' && isRefusal(observed.kind) && observed.judgement.broken.length === 0) {
      const blamed = renamed.newName ?? (await this.refusalBlamed(run, driver, operation, pairs));
      if (blamed) verdict.replace(operation.effect.accepting, blamed);
    }
    if (prediction.outcome === 'refused' && succeeded && renamed.oldName)
      for (const violation of prediction.violations) verdict.replace(violation.requirement, renamed.oldName);
    const differences = [
      ...(observed.judgement.problems.length > 0
        ? [`expected ${accepted.join(' or ')} (${explain(prediction)}), received ${observed.received}`]
        : [`answered ${observed.kind}`]),
      ...step.problems,
      ...(step.mismatches.length > 0
        ? [`then retrieve disagrees with the model: ${step.mismatches.map(describeMismatch).join('; ')}`]
        : []),
    ];
    const listingFailed = observed.judgement.problems.length === 0 && step.problems.length > 0;
    throw new ModelDisagreement(
      verdict,
      listingFailed ? 'retrieve' : this.operationId,
      this.style,
      `${this}: ${differences.join('; ')}`,
    );
  }

  /** The full list after a command, or what kept it from being read (a refusal blamed as every phase blames it). */
  private async listing(run: ModelRun, driver: TargetDriver): Promise<ListingObservation> {
    const retrieve = loadOperation('retrieve');
    const listing = await driver.call(retrieve, [], { ...this.style, credentials: 'valid' }, ['customer-list']);
    const read = answerVerdict(
      retrieve,
      this.style.format,
      listing.judgement,
      ['customer-list'],
      [retrieve.effect.accepting],
    );
    if (read.clean) return { listed: listing.customers ?? [], inScope: run.inScope };
    if (isRefusal(listing.kind) && listing.judgement.broken.length === 0) {
      const resend = this.resender(run, driver, retrieve);
      const blamed =
        (await verbBlamed(this.style.verb, () => resend([]))) ?? (await unfilteredEmpty(run, retrieve, []));
      if (blamed) read.replace(retrieve.effect.accepting, blamed);
    }
    return { unread: read, problems: [`the following retrieve answered ${listing.received}`] };
  }

  /**
   * What a valid call the model says succeeds broke when refused: the verb's requirement (verbBlamed), the empty
   * list's (emptyListBlamed), or what variants of it show (blameRefusal; each variant of a create under a fresh
   * name). What a variant does joins the model. The run ends with this failure, so these
   * calls change nothing it still checks.
   */
  private async refusalBlamed(
    run: ModelRun,
    driver: TargetDriver,
    operation: Operation,
    pairs: Array<[string, string]>,
  ): Promise<string[] | undefined> {
    const resend = this.resender(run, driver, operation);
    const blamed =
      (await verbBlamed(this.style.verb, () => resend(pairs))) ?? (await unfilteredEmpty(run, operation, pairs));
    if (blamed) return blamed;
    const named = operation.parameters.find(
      (parameter) => parameter.role === 'value' && parameter.valueType === 'username',
    );
    const creates = operation.effect.kind === 'creates';
    const original = pairs.find(([name]) => name === named?.name)?.[1];
    return blameRefusal(operation, pairs, (variant) => {
      // A create's variants each under a name of their own, every one on the run's list for its cleanup.
      const renamed = variant.map(([name, value]): [string, string] => {
        if (!creates || name !== named?.name) return [name, value];
        const sent = value === original ? run.freshName() : value;
        if (!run.names.includes(sent)) run.names.push(sent);
        return [name, sent];
      });
      return resend(renamed);
    });
  }

  /**
   * Sends a call again by GET with valid credentials (the run ends after the refusal it explains); when it is
   * accepted, what it did joins the model, so the run's cleanup knows it.
   */
  private resender(
    run: ModelRun,
    driver: TargetDriver,
    operation: Operation,
  ): (pairs: Array<[string, string]>) => Promise<boolean> {
    const style = { ...this.style, credentials: 'valid', verb: 'GET' } as const;
    return async (pairs) => {
      const answer = await driver.call(operation, pairs, style, [operation.answers.success]);
      if (answer.kind !== operation.answers.success) return false;
      run.model.apply(operation, pairs);
      return true;
    };
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
    const filterRequirements = filters.flatMap(([name]) => parameterOf(retrieve, name).filterRequirement ?? []);
    const combined = retrieve.answers.combinedFiltersRequirement;
    const verdict = new Verdict();
    for (const requirement of filters.length > 1
      ? [...filterRequirements, ...(combined ? [combined] : [])]
      : filters.length === 1
        ? filterRequirements
        : ['retrieve.answer.list-fields'])
      verdict.fail(requirement);
    throw new ModelDisagreement(
      verdict,
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

/**
 * An unfiltered list refused while the model holds no customer of this run: empty as far as the run knows (other
 * runs' customers aside), so the refusal is blamed on the empty-list requirement.
 */
function unfilteredEmpty(run: ModelRun, operation: Operation, pairs: Array<[string, string]>) {
  return emptyListBlamed(operation, () => pairs.length === 0 && run.model.customers.size === 0);
}

/**
 * A call on a name a rename of the run gave (refused although valid) or left (accepted although no customer holds
 * it) breaks the rename's effect: manage calls with the new name reach the customer, with the old one answer as for
 * an unknown user (the renaming operation's `newNameRequirement` and `oldNameRequirement`).
 */
function renameRoutes(
  run: ModelRun,
  operation: Operation,
  pairs: Array<[string, string]>,
): { newName?: string[]; oldName?: string[] } {
  const trace = run.model.renameOf(operation, pairs);
  const effect = loadOperations().find((candidate) => candidate.effect.kind === 'renames')?.effect;
  if (trace === undefined || effect?.kind !== 'renames') return {};
  const route = trace === 'new-name' ? effect.newNameRequirement : effect.oldNameRequirement;
  if (route === undefined) return {};
  return trace === 'new-name' ? { newName: [route] } : { oldName: [route] };
}

/** The rules a call breaks as the model predicts it: its acceptance when valid, else the rules it breaks. */
function callRequirements(operation: Operation, prediction: Prediction): string[] {
  if (prediction.outcome === 'success') return [operation.effect.accepting];
  return [...new Set(prediction.violations.map((violation) => violation.requirement))];
}

function explain(prediction: Prediction): string {
  if (prediction.outcome === 'success') return 'every rule holds';
  return prediction.violations.map((violation) => violation.message).join(', ');
}
