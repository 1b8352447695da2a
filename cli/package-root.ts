import { createRequire } from 'node:module';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

/** The installed package (or the clone): contracts, specs, emulator and playwright.config.ts live here. */
export const PACKAGE_ROOT = fileURLToPath(new URL('../', import.meta.url));
export const PLAYWRIGHT_CONFIG = path.join(PACKAGE_ROOT, 'playwright.config.ts');
export const EMULATOR_PROFILE = path.join(PACKAGE_ROOT, 'targets/emulator.json');

const require = createRequire(import.meta.url);
/** Playwright's command line and tsx's loader, as this package resolves them (hoisted or not). */
export const PLAYWRIGHT_CLI = require.resolve('@playwright/test/cli');
export const TSX_LOADER = import.meta.resolve('tsx');
