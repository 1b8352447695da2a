// The published schemas of the two CI systems, as npm packages ship them: SchemaStore's GitHub
// workflow schema inside @action-validator/core, GitLab's own ci.json inside gitlab-ci-local.
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { validateWorkflow } from '@action-validator/core';
import Ajv from 'ajv';
import { parse } from 'yaml';

const require = createRequire(import.meta.url);

/** Problems SchemaStore's workflow schema finds in a GitHub Actions workflow (none: valid). */
export function githubWorkflowProblems(source: string): string[] {
  return validateWorkflow(source).errors.map((error) =>
    'path' in error
      ? `${error.path}: ${error.title}${error.detail ? ` (${error.detail})` : ''}`
      : `${error.title}: ${error.detail}`,
  );
}

const GITLAB_SCHEMA_START =
  '{$schema:"http://json-schema.org/draft-07/schema#",$id:"https://gitlab.com/.gitlab-ci.yml"';

/**
 * GitLab's ci.json as gitlab-ci-local bundles it (its CLI needs Node 22, the schema does not): the
 * object literal that starts with the schema's $id, cut out by matching braces outside strings.
 */
export function gitlabCiSchema(): Record<string, unknown> {
  const bundle = readFileSync(require.resolve('gitlab-ci-local/dist/index.js'), 'utf8');
  const start = bundle.indexOf(GITLAB_SCHEMA_START);
  if (start === -1) throw new Error("gitlab-ci-local no longer bundles GitLab's ci.json the way this reader expects");
  let depth = 0;
  let quote: string | undefined;
  for (let index = start; index < bundle.length; index++) {
    const char = bundle[index]!;
    if (quote) {
      if (char === '\\') index++;
      else if (char === quote) quote = undefined;
    } else if (char === '"' || char === "'" || char === '`') quote = char;
    else if (char === '{' || char === '[') depth++;
    else if (char === '}' || char === ']') {
      depth--;
      // A literal of strings, numbers, booleans, arrays and objects only: evaluated as such.
      if (depth === 0) return new Function(`return ${bundle.slice(start, index + 1)}`)() as Record<string, unknown>;
    }
  }
  throw new Error('the ci.json literal in gitlab-ci-local does not end');
}

let validateGitlab: ReturnType<Ajv['compile']> | undefined;

/** Problems GitLab's published ci.json schema finds in a .gitlab-ci.yml (none: valid). */
export function gitlabCiProblems(source: string): string[] {
  validateGitlab ??= new Ajv({ strict: false, allErrors: true, validateFormats: false }).compile(gitlabCiSchema());
  if (validateGitlab(parse(source))) return [];
  return (validateGitlab.errors ?? []).map(
    (error) => `${error.instancePath || '(top)'} ${error.message ?? 'is not valid'} ${JSON.stringify(error.params)}`,
  );
}
