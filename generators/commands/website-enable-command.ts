import { subjectCommand } from './subject-command.ts';

/** A website_enable call: see subjectCommand. */
export const websiteEnableCommand = subjectCommand('website_enable');
