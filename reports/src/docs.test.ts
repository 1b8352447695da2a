import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { expect, test } from '@playwright/test';
import { loadOperations, loadRequirements } from '../../lib/contracts/load.ts';
import { lastResults, writeReference } from './docs.ts';
import { anchorOf } from './html-escape.ts';

test(
  'the reference renders every operation, its parameters and ' + 'examples, and every requirement ID with its level',
  () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'reference-'));
    const [markdownFile, htmlFile] = writeReference(dir);
    const markdown = readFileSync(markdownFile!, 'utf8');
    const html = readFileSync(htmlFile!, 'utf8');
    for (const operation of loadOperations()) {
      expect(html).toContain(`id="op-${operation.id}"`);
      expect(markdown).toContain(`## <a id="op-${operation.id}"></a>${operation.title} (${operation.id})`);
      for (const parameter of operation.parameters) expect(markdown).toContain(`| ${parameter.name}`);
      for (const example of operation.examples) expect(markdown).toContain(example.repaired ?? example.call);
    }
    const missing = [...loadRequirements().values()].filter(
      (r) =>
        !html.includes(`id="${anchorOf(r.id)}"`) ||
        !markdown.includes(`<a id="${anchorOf(r.id)}"></a>${r.id}\n\n- Level: ${r.level}\n`),
    );
    expect(missing.map((r) => r.id)).toEqual([]);
    const decided = [...loadRequirements().values()].filter((r) => r.decision);
    for (const r of decided) expect(markdown).toContain(`Decision: ${r.decision}`);
  },
);

test('given a certificate, the reference shows the last result of each requirement beside it', () => {
  const dir = mkdtempSync(path.join(tmpdir(), 'reference-'));
  const [first, second] = [...loadRequirements().keys()];
  const certificateFile = path.join(dir, 'certificate.json');
  writeFileSync(
    certificateFile,
    JSON.stringify({
      requirements: [
        { id: first, status: 'failed', reason: 'answered success' },
        { id: second, status: 'passed' },
      ],
    }),
  );
  const [markdownFile] = writeReference(dir, lastResults(certificateFile));
  const markdown = readFileSync(markdownFile!, 'utf8');
  expect(markdown).toContain('Last result: failed (answered success)');
  expect(markdown).toContain('Last result: passed');
  expect(markdown).toContain('| last result |');
});
