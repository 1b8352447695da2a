import fc from 'fast-check';
import { contractFormats, contractVerbs } from '../../lib/contracts/formats.ts';
import type { CallStyle } from './model-run.ts';

/** Any format and verb of the contracts, and now and then wrong or missing credentials. */
export const callStyle: fc.Arbitrary<CallStyle> = fc.record({
  format: fc.constantFrom(...contractFormats()),
  verb: fc.constantFrom(...contractVerbs()),
  credentials: fc.oneof(
    { weight: 12, arbitrary: fc.constant('valid' as const) },
    { weight: 1, arbitrary: fc.constantFrom('wrong' as const, 'missing' as const) },
  ),
});
