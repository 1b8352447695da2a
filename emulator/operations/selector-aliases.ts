import type { OperationId } from '../../lib/contracts/types.ts';

/** Further selector values the emulator accepts for an operation, by recorded decision. */
export const SELECTOR_ALIASES: Partial<Record<OperationId, Array<Record<string, string>>>> = {
  // D2: the setEmail table says method=password; the call says method=profile.
  update_email: [{ method: 'password', task: 'setEmail' }],
};
