import fc from 'fast-check';
import { ResellerModel } from '../../lib/model/reseller-model.ts';
import { commandSequences } from './all-commands.ts';
import type { Account, OperationId } from '../../lib/contracts/types.ts';
import type { Verdict } from '../../lib/reporting/verdict.ts';
import { ModelDisagreement, type CallStyle, type ModelRun, type TargetDriver } from './model-run.ts';

/** A driver for one execution, with the transcript of what it sent (curl lines, api_key as $API_KEY). */
export interface RecordingDriver extends TargetDriver {
  transcript: string[];
  /** Removes the customers this execution left behind. */
  removeCustomers(usernames: string[]): Promise<void>;
}

export interface SequenceSettings {
  account: Account;
  /** Makes the execution's usernames unique: `<prefix>-<execution>-<n>@<domain>`. */
  namePrefix: string;
  nameDomain: string;
  driver(): RecordingDriver;
  numRuns: number;
  maxCommands: number;
  seed: number;
}

/** The shrunk failing sequence: what broke, the commands, and the replayable curl script. */
export interface SequenceFailure {
  /** What the disagreeing command found; undefined when the failure was a crash. */
  verdict: Verdict | undefined;
  /** The command that disagreed, when the failure was a disagreement (not a crash). */
  operation: OperationId | undefined;
  style: CallStyle | undefined;
  message: string;
  commands: string;
  script: string[];
  seed: number;
  path: string | undefined;
}

/** Runs model-based sequences; undefined when every sequence agreed with the model. */
export async function checkSequences(settings: SequenceSettings): Promise<SequenceFailure | undefined> {
  let execution = 0;
  let lastFailure: { error: unknown; commands: string; script: string[] } | undefined;
  const property = fc.asyncProperty(commandSequences(settings.maxCommands), async (commands) => {
    execution += 1;
    const prefix = `${settings.namePrefix}-${execution.toString(36)}-`;
    let fresh = 0;
    const run: ModelRun = {
      model: new ResellerModel(),
      account: settings.account,
      names: [],
      freshName: () => `${prefix}${(fresh++).toString(36)}@${settings.nameDomain}`,
      inScope: (username) => username.startsWith(prefix),
    };
    const driver = settings.driver();
    try {
      await fc.asyncModelRun(() => ({ model: run, real: driver }), commands);
    } catch (error) {
      lastFailure = { error, commands: String(commands), script: [...driver.transcript] };
      await driver.removeCustomers(run.names);
      throw error;
    }
    await driver.removeCustomers([...run.model.customers.keys()]);
  });
  const details = await fc.check(property, { numRuns: settings.numRuns, seed: settings.seed, endOnFailure: false });
  if (!details.failed) return undefined;
  const error = lastFailure?.error;
  return {
    verdict: error instanceof ModelDisagreement ? error.verdict : undefined,
    operation: error instanceof ModelDisagreement ? error.operation : undefined,
    style: error instanceof ModelDisagreement ? error.style : undefined,
    message: error instanceof Error ? error.message : String(error),
    commands: lastFailure?.commands ?? '',
    script: lastFailure?.script ?? [],
    seed: details.seed,
    path: details.counterexamplePath ?? undefined,
  };
}
