import { createHash } from 'node:crypto';
import { mkdirSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AnySchema, ValidateFunction } from 'ajv';
import type AjvCore from 'ajv/dist/core.js';

const require = createRequire(import.meta.url);
const CACHE_DIR = fileURLToPath(
  new URL('../../node_modules/.cache/sendgrid-reseller-conformance/ajv/', import.meta.url),
);
const AJV_VERSION = (require('ajv/package.json') as { version: string }).version;

/**
 * A JSON Schema validator kept as ajv's standalone code in node_modules/.cache, keyed by the schema, the
 * ajv version and `flavour` (what the ajv instance adds: options, keywords). Every Playwright worker (and
 * every worker that replaces one after a failed test) needs the envelope and profile validators: from
 * the cache it neither loads ajv's compiler nor compiles. `createAjv` is called on a miss only and must
 * build an instance with `code: { source: true }`. Where the cache cannot be written, it compiles.
 */
export function cachedValidator<T = unknown>(
  schema: AnySchema,
  flavour: string,
  createAjv: () => AjvCore,
): ValidateFunction<T> {
  const key = createHash('sha256')
    .update(`${AJV_VERSION}\n${flavour}\n${JSON.stringify(schema)}`)
    .digest('hex');
  const file = path.join(CACHE_DIR, `${key.slice(0, 32)}.cjs`);
  let code: string | undefined;
  try {
    code = readFileSync(file, 'utf8');
  } catch {
    // not cached yet
  }
  if (code === undefined) {
    const ajv = createAjv();
    const validate = ajv.compile<T>(schema);
    const standalone = require('ajv/dist/standalone/index.js') as { default: (ajv: AjvCore, fn: unknown) => string };
    code = standalone.default(ajv, validate);
    try {
      mkdirSync(CACHE_DIR, { recursive: true });
      // Written aside, then renamed: workers starting together never read half a file.
      const temporary = `${file}.${process.pid}.tmp`;
      writeFileSync(temporary, code);
      renameSync(temporary, file);
    } catch {
      return validate;
    }
  }
  const module = { exports: {} as unknown };
  new Function('require', 'module', 'exports', code)(require, module, module.exports);
  return module.exports as ValidateFunction<T>;
}
