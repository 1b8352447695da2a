import { ensureBrowser } from './browser.ts';

// `npm run setup:browser` (the first step of `npm test`, and so of CI): makes sure a Chromium is there
// for the self-tests that open a report in a browser, before any test runs (an install inside a test
// would race its timeout).
try {
  const browser = ensureBrowser();
  console.log(`[setup] Chromium: ${browser.executablePath} (${browser.source})`);
} catch (error) {
  console.error(`[setup] ${(error as Error).message}`);
  process.exitCode = 1;
}
