import { parseArgs, type ParseArgsConfig } from 'node:util';
import { EXIT, UsageError } from './exit-codes.ts';

export interface Command {
  /** One line for the command list. */
  summary: string;
  /** The full `--help` text. */
  help: string;
  /** Runs the command with the arguments after its name; resolves to the exit code. */
  run(argv: string[]): Promise<number>;
}

type Options = NonNullable<ParseArgsConfig['options']>;

/** Options that each take a text: `--name <text>`. */
export function textOptions<Name extends string>(...names: Name[]): Record<Name, { type: 'string' }> {
  return Object.fromEntries(names.map((name) => [name, { type: 'string' }])) as Record<Name, { type: 'string' }>;
}

const HELP_OPTION = { help: { type: 'boolean', short: 'h' } } as const;

type Values<O extends Options> = ReturnType<
  typeof parseArgs<{ args: string[]; options: O & typeof HELP_OPTION; allowPositionals: true; strict: true }>
>['values'];

/** parseArgs, strict, with `--help` understood everywhere and its complaints turned into usage errors. */
function parseCommandLine<O extends Options>(argv: string[], options: O, allowPositionals: boolean) {
  try {
    const { values, positionals } = parseArgs({
      args: argv,
      options: { ...options, ...HELP_OPTION },
      allowPositionals,
      strict: true,
    });
    return { values: values as Values<O>, positionals };
  } catch (error) {
    throw new UsageError((error as Error).message);
  }
}

interface CommandDefinition<O extends Options> extends Omit<Command, 'run'> {
  options: O;
  /** Whether the command takes arguments that are not options (folders, files). */
  positionals?: boolean;
  /** Runs with the parsed command line; `--help` never reaches it. */
  run(values: Values<O>, positionals: string[]): Promise<number>;
}

/** A command whose command line is parsed strictly and whose `--help` prints its help text. */
export function defineCommand<O extends Options>(definition: CommandDefinition<O>): Command {
  const { summary, help } = definition;
  return {
    summary,
    help,
    async run(argv) {
      const { values, positionals } = parseCommandLine(argv, definition.options, definition.positionals ?? false);
      if ((values as { help?: boolean }).help) return (console.log(help), EXIT.ok);
      return definition.run(values, positionals);
    },
  };
}

export function positiveInteger(name: string, text: string | undefined): number | undefined {
  if (text === undefined) return undefined;
  const value = Number(text);
  if (!Number.isInteger(value) || value < 1)
    throw new UsageError(`${name} takes a positive whole number, got "${text}"`);
  return value;
}

export function integer(name: string, text: string | undefined): number | undefined {
  if (text === undefined) return undefined;
  const value = Number(text);
  if (!Number.isSafeInteger(value)) throw new UsageError(`${name} takes a whole number, got "${text}"`);
  return value;
}

/** `--shard i/n` as Playwright wants it, checked. */
export function shardOf(text: string | undefined): { current: number; total: number } | undefined {
  if (text === undefined) return undefined;
  const match = /^(\d+)\/(\d+)$/.exec(text);
  const current = Number(match?.[1]);
  const total = Number(match?.[2]);
  if (!match || current < 1 || total < 1 || current > total)
    throw new UsageError(`--shard takes i/n with 1 <= i <= n (for example 1/2), got "${text}"`);
  return { current, total };
}
