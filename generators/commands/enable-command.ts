import { subjectCommand } from './subject-command.ts';

/** A enable call: see subjectCommand. */
export const enableCommand = subjectCommand('enable');
