import { fileURLToPath } from 'node:url';

/** The repository root (reports/src/ is two levels down). */
export const SUITE_ROOT = fileURLToPath(new URL('../../', import.meta.url));
