import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { parseArgs } from 'node:util';
import { loadOperations, loadRequirements } from '../../lib/contracts/load.ts';
import type { Certificate } from './certificate-types.ts';
import { blocksToHtml, blocksToMarkdown } from './doc-blocks.ts';
import { referenceBlocks, type LastResults } from './docs-reference.ts';
import { SUITE_ROOT } from './suite-root.ts';

export function lastResults(certificateFile: string): LastResults {
  const certificate = JSON.parse(readFileSync(certificateFile, 'utf8')) as Certificate;
  return new Map(certificate.requirements.map((r) => [r.id, { status: r.status, reason: r.reason }]));
}

/** Writes reference.md and reference.html into `outDir`; returns their paths. */
export function writeReference(outDir: string, results?: LastResults): string[] {
  const blocks = referenceBlocks(loadOperations(), loadRequirements(), results);
  mkdirSync(outDir, { recursive: true });
  const markdown = path.join(outDir, 'reference.md');
  const html = path.join(outDir, 'reference.html');
  writeFileSync(markdown, blocksToMarkdown(blocks));
  writeFileSync(html, blocksToHtml('SendGrid Reseller API reference (contracts)', blocks));
  return [markdown, html];
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  const { values } = parseArgs({ options: { certificate: { type: 'string' }, out: { type: 'string' } } });
  const written = writeReference(
    path.resolve(values.out ?? path.join(SUITE_ROOT, 'reports/docs')),
    values.certificate ? lastResults(values.certificate) : undefined,
  );
  console.log(`Reference written: ${written.join(', ')}`);
}
