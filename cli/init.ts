import { existsSync, mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { textOptions, defineCommand } from './command.ts';
import { EXIT, UsageError } from './exit-codes.ts';
import { PACKAGE_ROOT } from './package-root.ts';

const HELP = `Usage: sendgrid-reseller-conformance init [--name name] [--base-url url] [--dir dir] [--force]

Writes a starter target profile <name>.json, explained in its "$comment" lines, and an empty
known-deviations file <name>.expectations.json that the profile names. Credentials stay in the
environment: the profile reads them as \${<NAME>_API_USER} and \${<NAME>_API_KEY}.

Options:
  --name <name>      the target's name: report folder, file names (default staging)
  --base-url <url>   scheme, host and port of the target (default https://staging.example.net)
  --dir <dir>        where to write the two files (default: the current folder)
  --force            overwrite files that exist
  -h, --help         this text

Exit codes: 0 written; 2 usage error or a file that exists (without --force).`;

/** `staging-eu` -> `STAGING_EU`: the prefix of the environment variables the profile reads. */
const envPrefix = (name: string): string =>
  name
    .toUpperCase()
    .replace(/[^A-Z0-9]+/g, '_')
    .replace(/^_|_$/g, '');

/** The schema as the file will see it: relative to where it is written, with forward slashes. */
const schemaFrom = (dir: string, schema: string): string => {
  const relative = path.relative(dir, path.join(PACKAGE_ROOT, schema)).split(path.sep).join('/');
  return relative.startsWith('.') ? relative : `./${relative}`;
};

export function starterProfile(name: string, baseUrl: string, dir: string): Record<string, unknown> {
  const prefix = envPrefix(name);
  return {
    $schema: schemaFrom(dir, 'targets/profile.schema.json'),
    $comment: [
      'A target of sendgrid-reseller-conformance. ' +
        'Edit it, then: npx sendgrid-reseller-conformance run --target <this file>',
      'name: the report folder (reports/<name>/). baseUrl: scheme, host and port; the suite appends /apiv2/...',
      `credentials: read from the environment (export ${prefix}_API_USER and ${prefix}_API_KEY); ` +
        'the api_key never reaches any report.',
      'destructive: false runs only what leaves nothing lasting behind; true lets the suite create, rename and ' +
        'delete customers (emulators, disposable accounts).',
      'account: what this reseller owns. Valid calls take packages, IP groups, IPs and whitelabels from here; ' +
        'anything else counts as not owned. List in ips only IPs the packages allow adding.',
      'secondReseller (optional, add it if you have one): ' +
        `{ "apiUser": "\${${prefix}_API_USER_2}", "apiKey": "\${${prefix}_API_KEY_2}" }, ` +
        'a second reseller account for the tenant-isolation checks.',
      'rateLimit.requestsPerSecond: the budget of the whole run, shared by the workers.',
      'runPrefix: start of every username the suite creates (followed by a run id); cleanup only ever deletes those.',
      'expectations: the known deviations of this target (reported expected-failure; the verdict becomes ' +
        'partially-conformant).',
      'Any string may read the environment as ${NAME} or ${NAME:-default}; CONFORMANCE_BASE_URL, ' +
        'CONFORMANCE_API_USER and CONFORMANCE_API_KEY override the file.',
    ],
    name,
    baseUrl,
    destructive: false,
    credentials: { apiUser: `\${${prefix}_API_USER}`, apiKey: `\${${prefix}_API_KEY}` },
    account: { packages: ['Silver Package'], ipGroups: [], ips: [], whitelabels: [] },
    rateLimit: { requestsPerSecond: 5 },
    runPrefix: 'cf',
    expectations: `./${name}.expectations.json`,
  };
}

export function starterExpectations(name: string, dir: string): Record<string, unknown> {
  return {
    $schema: schemaFrom(dir, 'expectations/expectations.schema.json'),
    target: name,
    description:
      'Known deviations of this target. Each entry: { "requirement": "<id from the certificate>", "expected": ' +
      '"fail" | "flaky" | "not-applicable", "reason": "...", "link": "https://..." } (or "test": "<title>" ' +
      'instead of "requirement"). A declared failure is reported expected-failure; one that passes is reported ' +
      'unexpected-pass.',
    expectations: [],
  };
}

export const initCommand = defineCommand({
  summary: 'write a starter target profile and its expectations file',
  help: HELP,
  options: { ...textOptions('name', 'base-url', 'dir'), force: { type: 'boolean' } },
  async run(values) {
    const name = values.name ?? 'staging';
    if (!/^[A-Za-z0-9._-]+$/.test(name))
      throw new UsageError(`--name may use letters, digits, ".", "_" and "-", got "${name}"`);
    const baseUrl = values['base-url'] ?? 'https://staging.example.net';
    if (!/^https?:\/\/[^\s/]+(\/\S*)?$/.test(baseUrl))
      throw new UsageError(`--base-url takes http(s)://host[:port], got "${baseUrl}"`);
    const dir = path.resolve(values.dir ?? '.');
    const files: [string, Record<string, unknown>][] = [
      [path.join(dir, `${name}.json`), starterProfile(name, baseUrl, dir)],
      [path.join(dir, `${name}.expectations.json`), starterExpectations(name, dir)],
    ];
    const existing = files.map(([file]) => file).filter((file) => existsSync(file));
    if (existing.length > 0 && !values.force)
      throw new UsageError(`${existing.join(' and ')} exist(s): --force overwrites`);
    mkdirSync(dir, { recursive: true });
    for (const [file, content] of files) writeFileSync(file, `${JSON.stringify(content, null, 2)}\n`);
    console.log(`Written: ${files.map(([file]) => file).join(', ')}`);
    console.log(
      `Next: fill in "account", export ${envPrefix(name)}_API_USER and ${envPrefix(name)}_API_KEY, then: ` +
        `npx sendgrid-reseller-conformance run --target ${path.relative(process.cwd(), files[0]![0]) || files[0]![0]}`,
    );
    return EXIT.ok;
  },
});
