import path from 'node:path';
import { runNode } from './child.ts';
import { defineCommand } from './command.ts';
import { UsageError } from './exit-codes.ts';
import { PACKAGE_ROOT } from './package-root.ts';
import { loadTargetProfile } from './run-environment.ts';

const HELP = `Usage: sendgrid-reseller-conformance cleanup --target profile.json

Deletes what earlier runs left on the target (an interrupted run, a teardown that failed): only
customers whose username carries the suite's prefix and the id of a run that is over. Run it in the
folder the runs were started from: their ledgers are in .conformance/.

Options:
  --target <file>   the target profile
  -h, --help        this text

Exit codes: 0 nothing left behind; 1 some customers could not be deleted (listed, and logged in
.conformance/cleanup-<run>.log); 2 usage error or a profile that does not load.`;

export const cleanupCommand = defineCommand({
  summary: 'delete the customers earlier runs left on a target',
  help: HELP,
  options: { target: { type: 'string' } },
  async run(values) {
    if (values.target === undefined) throw new UsageError('cleanup needs --target <profile.json>');
    const target = path.resolve(values.target);
    loadTargetProfile(target);
    return runNode(`${PACKAGE_ROOT}lib/safety/cleanup-cli.ts`, [], { ...process.env, CONFORMANCE_TARGET: target });
  },
});
