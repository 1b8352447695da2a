import { runNode } from './child.ts';
import type { Command } from './command.ts';
import { EXIT } from './exit-codes.ts';
import { EMULATOR_PROFILE, PACKAGE_ROOT } from './package-root.ts';

const HELP = `Usage: sendgrid-reseller-conformance emulator [--port n] [--profile file] [emulator options]

Starts the reference emulator of the SendGrid Reseller API (all eleven operations, .json and .xml).

Options:
  --port <n>           port (default: the profile's baseUrl port, 3917; PORT also works)
  --host <address>     address to listen on (default 127.0.0.1)
  --profile <file>     the profile whose reseller accounts it serves (default: the package's
                       targets/emulator.json)
  --defects <names>    switch on deliberate defects (comma-separated; EMULATOR_DEFECTS also works)
  -h, --help           this text
Every other option (for example --state-file) is passed to the emulator as it is.

Exit codes: 0 stopped by Ctrl-C or SIGTERM; 1 it could not start (bad option, port taken).`;

export const emulatorCommand: Command = {
  summary: 'start the reference emulator',
  help: HELP,
  async run(argv) {
    if (argv.includes('--help') || argv.includes('-h')) return (console.log(HELP), EXIT.ok);
    const hasProfile = argv.some((argument) => argument === '--profile' || argument.startsWith('--profile='));
    return runNode(`${PACKAGE_ROOT}emulator/main.ts`, [
      ...(hasProfile ? [] : ['--profile', EMULATOR_PROFILE]),
      ...argv,
    ]);
  },
};
