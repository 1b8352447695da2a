import fc from 'fast-check';
import { createCommand } from './create-command.ts';
import { deleteCommand } from './delete-command.ts';
import { disableCommand } from './disable-command.ts';
import { enableCommand } from './enable-command.ts';
import type { ModelRun, TargetDriver } from './model-run.ts';
import { retrieveCommand } from './retrieve-command.ts';
import { updateEmailCommand } from './update-email-command.ts';
import { updatePasswordCommand } from './update-password-command.ts';
import { updateProfileCommand } from './update-profile-command.ts';
import { updateUsernameCommand } from './update-username-command.ts';
import { websiteDisableCommand } from './website-disable-command.ts';
import { websiteEnableCommand } from './website-enable-command.ts';

/** Sequences of all eleven operations, creates weighted up so later calls have customers to act on. */
export function commandSequences(maxCommands: number): fc.Arbitrary<Iterable<fc.AsyncCommand<ModelRun, TargetDriver>>> {
  return fc.commands(
    [
      createCommand,
      createCommand,
      createCommand,
      deleteCommand,
      retrieveCommand,
      enableCommand,
      disableCommand,
      websiteEnableCommand,
      websiteDisableCommand,
      updateProfileCommand,
      updatePasswordCommand,
      updateUsernameCommand,
      updateEmailCommand,
    ],
    { maxCommands, size: 'max' },
  );
}
