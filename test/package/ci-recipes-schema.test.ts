import { readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { expect, test } from '@playwright/test';
import { githubWorkflowProblems, gitlabCiProblems, gitlabCiSchema } from './ci-schemas.ts';

const EXAMPLES = fileURLToPath(new URL('../../examples/', import.meta.url));
const read = (file: string): string => readFileSync(path.join(EXAMPLES, file), 'utf8');

test('examples/github-actions.yml is valid against the published GitHub workflow schema', () => {
  expect(githubWorkflowProblems(read('github-actions.yml'))).toEqual([]);
});

test('the GitHub workflow schema check fails a broken workflow', () => {
  const broken = read('github-actions.yml').replace('runs-on: ubuntu-latest', 'runs-on: 7\n    stepz: []');
  expect(githubWorkflowProblems(broken).length).toBeGreaterThan(0);
});

test("examples/gitlab-ci.yml is valid against GitLab's published ci.json schema", () => {
  expect(gitlabCiSchema().$id).toBe('https://gitlab.com/.gitlab-ci.yml');
  expect(gitlabCiProblems(read('gitlab-ci.yml'))).toEqual([]);
});

test('the GitLab schema check fails a broken pipeline', () => {
  const broken = read('gitlab-ci.yml')
    .replace('parallel: 2', 'parallel: two')
    .replace('when: always\n  needs', 'when: sometimes\n  needs');
  expect(gitlabCiProblems(broken).length).toBeGreaterThan(0);
});
