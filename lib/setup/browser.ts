import { spawnSync } from 'node:child_process';
import { accessSync, constants, statSync } from 'node:fs';
import path from 'node:path';
import { chromium, type Browser } from '@playwright/test';

/** What the browser step looks at and may do; the self-tests hand in a fake one. */
export interface BrowserSystem {
  env: NodeJS.ProcessEnv;
  isRoot: boolean;
  /** Where Playwright's own Chromium lives once `npx playwright install chromium` has run. */
  playwrightChromium: string | undefined;
  /** Runs a command with inherited output; resolves to its exit status. */
  run(command: string, args: string[]): number | null;
  log(line: string): void;
}

export interface FoundBrowser {
  executablePath: string;
  source: string;
}

/** The names Debian and Ubuntu give the system's Chromium. */
const SYSTEM_CHROMIUM_NAMES = ['chromium', 'chromium-browser'];
const APT_OPTIONS = ['-o', 'DPkg::Lock::Timeout=300'];
export const APT_INSTALL = ['apt-get', 'install', '-y', '--no-install-recommends', 'chromium'];

function isExecutableFile(file: string): boolean {
  try {
    accessSync(file, constants.X_OK);
    return statSync(file).isFile();
  } catch {
    return false;
  }
}

function onPath(name: string, env: NodeJS.ProcessEnv): string | undefined {
  for (const dir of (env.PATH ?? '').split(path.delimiter).filter(Boolean)) {
    const candidate = path.join(dir, name);
    if (isExecutableFile(candidate)) return candidate;
  }
  return undefined;
}

/**
 * CHROMIUM_PATH when set, else Playwright's own Chromium, else the system's (`chromium` or `chromium-browser` on PATH).
 */
export function findBrowser(system: BrowserSystem): FoundBrowser | undefined {
  const chosen = system.env.CHROMIUM_PATH;
  if (chosen) {
    if (!isExecutableFile(chosen))
      throw new Error(`CHROMIUM_PATH=${chosen} is not an executable file: point it at a Chromium, or unset it.`);
    return { executablePath: chosen, source: 'CHROMIUM_PATH' };
  }
  if (system.playwrightChromium && isExecutableFile(system.playwrightChromium))
    return { executablePath: system.playwrightChromium, source: "Playwright's own Chromium" };
  for (const name of SYSTEM_CHROMIUM_NAMES) {
    const found = onPath(name, system.env);
    if (found) return { executablePath: found, source: "the system's Chromium" };
  }
  return undefined;
}

/** The one message for a machine where the step may not install: what to run, by hand. */
export function missingBrowserMessage(system: BrowserSystem): string {
  const apt = onPath('apt-get', system.env) !== undefined;
  const why = !apt ? 'there is no apt-get here' : 'installing needs root';
  return [
    `No Chromium for the self-tests that open a report in a browser, and this step cannot install one (${why}). ` +
      'Run one of these, then run the command again:',
    ...(apt ? [`  sudo ${APT_INSTALL.join(' ')}`] : []),
    '  npx playwright install chromium',
    'or set CHROMIUM_PATH to a Chromium executable.',
  ].join('\n');
}

/**
 * The browser step: finds a Chromium, installs Debian's `chromium` package where none is found and the
 * machine allows it (root with apt-get), else stops with one message saying what to run.
 * Its `executablePath` is what to hand to `chromium.launch({ executablePath })`.
 */
export function ensureBrowser(system: BrowserSystem = realSystem()): FoundBrowser {
  const found = findBrowser(system);
  if (found) return found;
  if (!system.isRoot || onPath('apt-get', system.env) === undefined) throw new Error(missingBrowserMessage(system));
  system.log(
    `No Chromium found (neither Playwright's own nor the system's): installing Debian's chromium package with apt-get.`,
  );
  for (const [command, ...args] of [
    ['apt-get', ...APT_OPTIONS, 'update'],
    [APT_INSTALL[0]!, ...APT_OPTIONS, ...APT_INSTALL.slice(1)],
  ]) {
    const status = system.run(command!, args);
    if (status !== 0)
      throw new Error(
        `${[command, ...args].join(' ')} exited with ${status}: ` +
          `install a Chromium by hand (\`${APT_INSTALL.join(' ')}\` or \`npx playwright install chromium\`), ` +
          'then run the command again.',
      );
  }
  const installed = findBrowser(system);
  if (!installed)
    throw new Error(
      `apt-get installed chromium, but no chromium or chromium-browser is on PATH (${system.env.PATH ?? ''}): ` +
        'set CHROMIUM_PATH to it.',
    );
  return installed;
}

/** Chromium for a self-test: the browser step's, without sandbox, GPU, background traffic or first-run pages. */
export function launchSelfTestBrowser(): Promise<Browser> {
  return chromium.launch({
    executablePath: ensureBrowser().executablePath,
    args: [
      '--no-sandbox',
      '--disable-gpu',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
      '--no-first-run',
    ],
  });
}

function playwrightChromium(): string | undefined {
  try {
    return chromium.executablePath();
  } catch {
    return undefined; // no build of Playwright's for this platform
  }
}

export function realSystem(): BrowserSystem {
  return {
    env: process.env,
    isRoot: process.getuid?.() === 0,
    playwrightChromium: playwrightChromium(),
    run: (command, args) =>
      spawnSync(command, args, { stdio: 'inherit', env: { ...process.env, DEBIAN_FRONTEND: 'noninteractive' } }).status,
    log: (line) => console.error(line),
  };
}
