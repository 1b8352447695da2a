import { spawnSync } from 'node:child_process';
import { chmodSync, mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { expect, test } from '@playwright/test';
import { APT_INSTALL, ensureBrowser, type BrowserSystem } from './browser.ts';

const SUITE_ROOT = fileURLToPath(new URL('../../', import.meta.url));

function executable(dir: string, name: string): string {
  mkdirSync(dir, { recursive: true });
  const file = path.join(dir, name);
  writeFileSync(file, '#!/bin/sh\nexit 0\n');
  chmodSync(file, 0o755);
  return file;
}

/** A machine with nothing on it but what each test puts there; `run` records commands instead of running them. */
function fakeSystem(
  options: {
    isRoot?: boolean;
    pathDirs?: string[];
    playwrightChromium?: string;
    chromiumPath?: string;
    onRun?: (command: string, args: string[]) => number;
  } = {},
) {
  const commands: string[][] = [];
  const lines: string[] = [];
  const system: BrowserSystem = {
    env: {
      PATH: (options.pathDirs ?? []).join(path.delimiter),
      ...(options.chromiumPath ? { CHROMIUM_PATH: options.chromiumPath } : {}),
    },
    isRoot: options.isRoot ?? false,
    playwrightChromium: options.playwrightChromium,
    run: (command, args) => {
      commands.push([command, ...args]);
      return options.onRun?.(command, args) ?? 0;
    },
    log: (line) => lines.push(line),
  };
  return { system, commands, lines };
}

const scratch = () => mkdtempSync(path.join(tmpdir(), 'browser-step-'));

test(
  "Playwright's own Chromium comes first, then chromium or " + 'chromium-browser on PATH; CHROMIUM_PATH overrides both',
  () => {
    const dir = scratch();
    const own = executable(path.join(dir, 'ms-playwright'), 'chrome');
    const bin = path.join(dir, 'bin');
    const system = executable(bin, 'chromium');
    const chosen = executable(path.join(dir, 'mine'), 'chromium');
    expect(ensureBrowser(fakeSystem({ playwrightChromium: own, pathDirs: [bin] }).system)).toEqual({
      executablePath: own,
      source: "Playwright's own Chromium",
    });
    expect(
      ensureBrowser(fakeSystem({ playwrightChromium: path.join(dir, 'not-installed/chrome'), pathDirs: [bin] }).system),
    ).toEqual({ executablePath: system, source: "the system's Chromium" });
    const ubuntu = executable(path.join(dir, 'ubuntu'), 'chromium-browser');
    expect(ensureBrowser(fakeSystem({ pathDirs: [path.dirname(ubuntu)] }).system).executablePath).toBe(ubuntu);
    expect(
      ensureBrowser(fakeSystem({ chromiumPath: chosen, playwrightChromium: own, pathDirs: [bin] }).system).source,
    ).toBe('CHROMIUM_PATH');
    expect(() =>
      ensureBrowser(fakeSystem({ chromiumPath: path.join(dir, 'nothing-here'), playwrightChromium: own }).system),
    ).toThrow(/CHROMIUM_PATH=.*nothing-here is not an executable file/);
  },
);

test(
  "with no browser, as root with apt-get, it installs Debian's chromium " +
    '(update, then install) and returns what that put on PATH',
  () => {
    const bin = path.join(scratch(), 'bin');
    executable(bin, 'apt-get');
    const { system, commands, lines } = fakeSystem({
      isRoot: true,
      pathDirs: [bin],
      onRun: (_command, args) => {
        if (args.includes('install')) executable(bin, 'chromium');
        return 0;
      },
    });
    expect(ensureBrowser(system)).toEqual({
      executablePath: path.join(bin, 'chromium'),
      source: "the system's Chromium",
    });
    expect(commands.map((command) => command.filter((word) => !word.startsWith('DPkg::') && word !== '-o'))).toEqual([
      ['apt-get', 'update'],
      APT_INSTALL,
    ]);
    expect(lines.join('\n')).toContain('installing');
  },
);

test('a failed apt-get stops with its exit status and what to run by hand', () => {
  const bin = path.join(scratch(), 'bin');
  executable(bin, 'apt-get');
  const { system, commands } = fakeSystem({
    isRoot: true,
    pathDirs: [bin],
    onRun: (_command, args) => (args.includes('install') ? 100 : 0),
  });
  expect(() => ensureBrowser(system)).toThrow(/exited with 100: install a Chromium by hand/);
  expect(commands).toHaveLength(2);
});

test('with no browser and no right to install, it stops at once with what to run, and runs nothing', () => {
  const bin = path.join(scratch(), 'bin');
  executable(bin, 'apt-get');
  const notRoot = fakeSystem({ isRoot: false, pathDirs: [bin] });
  expect(() => ensureBrowser(notRoot.system)).toThrow(
    new RegExp(
      String.raw`installing needs root[\s\S]*sudo apt-get install -y --no-install-recommends chromium` +
        String.raw`[\s\S]*npx playwright install chromium`,
    ),
  );
  const noApt = fakeSystem({ isRoot: true, pathDirs: [] });
  expect(() => ensureBrowser(noApt.system)).toThrow(/there is no apt-get here[\s\S]*npx playwright install chromium/);
  expect(() => ensureBrowser(noApt.system)).not.toThrow(/sudo/);
  expect([...notRoot.commands, ...noApt.commands]).toEqual([]);
});

test('npm run setup:browser on a machine without a browser or apt-get: exit 1 and the one message', () => {
  const dir = scratch();
  // PATH without chromium or apt-get; Playwright's browser folder empty.
  const child = spawnSync(
    process.execPath,
    [path.join(SUITE_ROOT, 'node_modules/tsx/dist/cli.mjs'), 'lib/setup/browser-cli.ts'],
    {
      cwd: SUITE_ROOT,
      env: { PATH: path.join(dir, 'bin'), PLAYWRIGHT_BROWSERS_PATH: path.join(dir, 'ms-playwright'), HOME: dir },
      encoding: 'utf8',
      timeout: 60_000,
    },
  );
  expect(child.status, child.stderr).toBe(1);
  expect(child.stdout).toBe('');
  expect(child.stderr).toMatch(/^\[setup\] No Chromium for the self-tests[\s\S]*npx playwright install chromium/);
});
