import { subjectCommand } from './subject-command.ts';

/** A disable call: see subjectCommand. */
export const disableCommand = subjectCommand('disable');
