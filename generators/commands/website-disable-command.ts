import { subjectCommand } from './subject-command.ts';

/** A website_disable call: see subjectCommand. */
export const websiteDisableCommand = subjectCommand('website_disable');
