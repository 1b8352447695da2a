import fc from 'fast-check';
import { loadOperations } from '../../lib/contracts/load.ts';
import type { Operation, OperationId } from '../../lib/contracts/types.ts';
import { createCommand } from './create-command.ts';
import type { ModelRun, TargetDriver } from './model-run.ts';
import { retrieveCommand } from './retrieve-command.ts';
import { subjectCommand } from './subject-command.ts';
import { updateEmailCommand } from './update-email-command.ts';
import { updatePasswordCommand } from './update-password-command.ts';
import { updateProfileCommand } from './update-profile-command.ts';
import { updateUsernameCommand } from './update-username-command.ts';

type Command = fc.Arbitrary<fc.AsyncCommand<ModelRun, TargetDriver>>;

/** The operations that take more than a subject, each with the command that builds its values. */
const BUILT: Partial<Record<OperationId, Command>> = {
  create: createCommand,
  retrieve: retrieveCommand,
  update_email: updateEmailCommand,
  update_password: updatePasswordCommand,
  update_profile: updateProfileCommand,
  update_username: updateUsernameCommand,
};

// Creates are drawn three times as often, so later calls have customers to act on.
const CREATE_WEIGHT = 3;

/** Sequences of every operation of the contracts (a subject-only one needs no command of its own). */
export function commandSequences(maxCommands: number): fc.Arbitrary<Iterable<fc.AsyncCommand<ModelRun, TargetDriver>>> {
  const commands = loadOperations().flatMap((operation) => {
    const command = commandOf(operation);
    return operation.effect.kind === 'creates' ? Array<Command>(CREATE_WEIGHT).fill(command) : [command];
  });
  return fc.commands(commands, { maxCommands, size: 'max' });
}

function commandOf(operation: Operation): Command {
  const built = BUILT[operation.id];
  if (built) return built;
  const values = operation.parameters.filter((parameter) => !['credential', 'selector'].includes(parameter.role));
  if (values.length === 1 && values[0]!.role === 'subject') return subjectCommand(operation.id);
  throw new Error(`${operation.id} takes more than its subject: add the command that builds its values to BUILT`);
}
