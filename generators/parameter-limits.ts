import { constraintOf } from '../lib/contracts/limits.ts';
import type { Parameter } from '../lib/contracts/types.ts';

// Parameters without a stated limit (retrieve filters) get values short enough for any field.
const UNSTATED_MAX_LENGTH = 50;

export function maxLengthOf(parameter: Parameter): number {
  return constraintOf(parameter, 'maxLength')?.value ?? UNSTATED_MAX_LENGTH;
}
