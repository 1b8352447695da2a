import type { Format, OperationId } from '../../../lib/contracts/types.ts';

/** Tags and annotations of a conformance test (CONTRIBUTING.md: "How a test names what it checks"). */
/** `operation` '*': the test exercises every operation. */
export function described(
  operation: OperationId | '*',
  format: Format,
  requirements: string[],
  extraTags: string[] = [],
) {
  return {
    tag: [...(operation === '*' ? [] : [`@${operation}`]), `@${format}`, ...extraTags],
    annotation: [
      ...requirements.map((description) => ({ type: 'requirement', description })),
      { type: 'operation', description: operation },
      { type: 'format', description: format },
    ],
  };
}
