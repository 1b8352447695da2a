import { loadRequirements } from '../../lib/contracts/load.ts';

const ids = [...loadRequirements().keys()];
const endingWith = (suffix: string) => ids.filter((id) => id.endsWith(suffix));

/** Every operation's requirement on the JSON and XML form of its plain success answer. */
export const SUCCESS_ENVELOPE_REQUIREMENTS = endingWith('.answer.success-envelope');
/** ... of its error list. */
export const ERROR_ENVELOPE_REQUIREMENTS = endingWith('.answer.error-envelope');
/** ... of its "User not found" answer. */
export const USER_NOT_FOUND_REQUIREMENTS = endingWith('.answer.user-not-found');
