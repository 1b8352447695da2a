import { setTimeout as sleep } from 'node:timers/promises';
import type { EffectHandler } from '../effects/call.ts';

/**
 * How long a racy write waits after its uniqueness check: long enough for a call sent at the same time to pass the same
 * check.
 */
export const RACE_GAP_MS = 50;

/** The effect writes only after the gap: the check (validation) and the write no longer happen as one step. */
export function afterGap(write: EffectHandler): EffectHandler {
  return async (call) => {
    await sleep(RACE_GAP_MS);
    return write(call);
  };
}
