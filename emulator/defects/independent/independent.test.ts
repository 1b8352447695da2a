import { expect, test } from '@playwright/test';
import { INDEPENDENT_PROBES } from '../../testing/defect-probes.ts';
import { expectCatalogued, probeTests } from '../../testing/probe-tests.ts';
import { INDEPENDENT_DEFECTS } from './index.ts';

test('every independent defect has a probe, the prefix, a description and requirement IDs from the register', () => {
  expectCatalogued(INDEPENDENT_DEFECTS, (defect) => defect.breaks, INDEPENDENT_PROBES);
  expect(INDEPENDENT_DEFECTS.length).toBeGreaterThanOrEqual(30);
  for (const defect of INDEPENDENT_DEFECTS) expect(defect.name.startsWith('independent-'), defect.name).toBe(true);
});

test.describe.configure({ mode: 'parallel' });

probeTests('defects', 'independent defect', INDEPENDENT_PROBES);
