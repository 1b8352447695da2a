import { expect, test } from '@playwright/test';
import { parseTestsReport, testRequirements } from './listed-tests.ts';

const NAMING_TITLE =
  'each test is named by its describe path and title (not its file), with declared and run-time requirements';
test(NAMING_TITLE, () => {
  const listing = `[config] noise before the report\n${JSON.stringify({
    suites: [
      {
        title: 'transitions/state.spec.ts',
        specs: [{ title: 'top', tests: [{ annotations: [{ type: 'requirement', description: 'a.one' }] }] }],
        suites: [
          {
            title: 'json',
            specs: [
              {
                title: 'inner',
                tests: [
                  {
                    annotations: [
                      { type: 'operation', description: 'create' },
                      { type: 'requirement', description: 'a.two' },
                    ],
                    results: [{ annotations: [{ type: 'requirement', description: 'a.three' }] }],
                  },
                ],
              },
            ],
          },
        ],
      },
    ],
  })}`;
  expect(testRequirements(parseTestsReport(listing))).toEqual([
    { title: 'top', requirements: ['a.one'] },
    { title: 'json inner', requirements: ['a.two', 'a.three'] },
  ]);
});
