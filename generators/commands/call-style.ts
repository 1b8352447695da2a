import fc from 'fast-check';
import type { CallStyle } from './model-run.ts';

/** JSON or XML, GET or POST, and now and then wrong or missing credentials. */
export const callStyle: fc.Arbitrary<CallStyle> = fc.record({
  format: fc.constantFrom('json', 'xml'),
  verb: fc.constantFrom('GET', 'POST'),
  credentials: fc.oneof(
    { weight: 12, arbitrary: fc.constant('valid' as const) },
    { weight: 1, arbitrary: fc.constantFrom('wrong' as const, 'missing' as const) },
  ),
});
