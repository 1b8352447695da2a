import { subjectCommand } from './subject-command.ts';

/** A delete call: see subjectCommand. */
export const deleteCommand = subjectCommand('delete');
