import type { EmulatorParts } from '../parts.ts';
import { parameterOf } from '../defects/constraint-of.ts';

/** D3: the example call omits it, so a target may treat it as optional: missing or empty, it is not refused. */
export function optionalOnCreate(parts: EmulatorParts, parameterName: string): void {
  parameterOf(parts.operations, 'create', parameterName).presence = 'optional';
}
