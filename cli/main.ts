import { cleanupCommand } from './cleanup.ts';
import type { Command } from './command.ts';
import { docsCommand } from './docs.ts';
import { emulatorCommand } from './emulator.ts';
import { EXIT, EXIT_CODES_TEXT, UsageError } from './exit-codes.ts';
import { initCommand } from './init.ts';
import { mergeCommand } from './merge.ts';
import { openapiCommand } from './openapi.ts';
import { runCommand } from './run.ts';

const COMMANDS: Readonly<Record<string, Command>> = {
  run: runCommand,
  merge: mergeCommand,
  init: initCommand,
  emulator: emulatorCommand,
  cleanup: cleanupCommand,
  docs: docsCommand,
  openapi: openapiCommand,
};
const NAMES = Object.keys(COMMANDS);

const HELP = `Usage: sendgrid-reseller-conformance <command> [options]

Conformance suite for the SendGrid Reseller Customer Management API (Web API v2).

Commands:
${NAMES.map((name) => `  ${name.padEnd(10)} ${COMMANDS[name]!.summary}`).join('\n')}

\`sendgrid-reseller-conformance <command> --help\` tells more. A first run:
  npx sendgrid-reseller-conformance init --name staging --base-url https://staging.example.net
  npx sendgrid-reseller-conformance run --target staging.json

${EXIT_CODES_TEXT}`;

async function main(argv: string[]): Promise<number> {
  const [name, ...rest] = argv;
  if (name === undefined || name === '--help' || name === '-h')
    return (console.log(HELP), name === undefined ? EXIT.usage : EXIT.ok);
  if (name === 'help') {
    const command = Object.hasOwn(COMMANDS, rest[0] ?? '') ? COMMANDS[rest[0]!] : undefined;
    console.log(command ? command.help : HELP);
    return EXIT.ok;
  }
  const command = Object.hasOwn(COMMANDS, name) ? COMMANDS[name] : undefined;
  if (!command) throw new UsageError(`unknown command "${name}" (commands: ${NAMES.join(', ')})`);
  return command.run(rest);
}

try {
  process.exitCode = await main(process.argv.slice(2));
} catch (error) {
  if (error instanceof UsageError) {
    console.error(`sendgrid-reseller-conformance: ${error.message}\n(--help tells how to use it)`);
    process.exitCode = EXIT.usage;
  } else {
    console.error('sendgrid-reseller-conformance broke:', error);
    process.exitCode = EXIT.broken;
  }
}
