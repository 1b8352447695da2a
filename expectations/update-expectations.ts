import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { certificateDir } from '../reports/src/certificate-reporter.ts';
import type { Certificate } from '../reports/src/certificate-types.ts';
import { loadExpectations } from '../reports/src/expectations.ts';
import { targetSummary } from '../reports/src/target-summary.ts';
import { updatedExpectations } from './updated-expectations.ts';

/** Rewrites a target's expectations file from its last certificate (reports/<target>/certificate.json). */
export function writeUpdatedExpectations(file: string, certificate: Certificate): { added: number; removed: number } {
  const current = existsSync(file) ? loadExpectations(file) : [];
  const next = updatedExpectations(current, certificate);
  const previous = existsSync(file) ? (JSON.parse(readFileSync(file, 'utf8')) as Record<string, unknown>) : {};
  const schema = path.relative(path.dirname(file), path.join(import.meta.dirname, 'expectations.schema.json'));
  const content = { $schema: schema, target: certificate.target.name, ...previous, expectations: next };
  writeFileSync(file, `${JSON.stringify(content, null, 2)}\n`);
  const key = (entry: { requirement?: string; test?: string }) => entry.requirement ?? entry.test;
  return {
    added: next.filter((entry) => !current.some((old) => key(old) === key(entry))).length,
    removed: current.filter((old) => !next.some((entry) => key(old) === key(entry))).length,
  };
}

if (process.argv[1] && path.resolve(process.argv[1]) === import.meta.filename) {
  const { values } = parseArgs({ options: { target: { type: 'string', default: process.env.CONFORMANCE_TARGET } } });
  if (!values.target) throw new Error('usage: tsx expectations/update-expectations.ts --target targets/<name>.json');
  const target = targetSummary({ ...process.env, CONFORMANCE_TARGET: values.target });
  if (!target.expectationsFile) throw new Error(`${values.target} names no expectations file (its "expectations" key)`);
  const certificateFile = path.join(certificateDir(target.name), 'certificate.json');
  const certificate = JSON.parse(readFileSync(certificateFile, 'utf8')) as Certificate;
  const { added, removed } = writeUpdatedExpectations(target.expectationsFile, certificate);
  console.log(
    `${path.relative(process.cwd(), target.expectationsFile)}: ${added} added, ${removed} removed ` +
      `(from ${path.relative(process.cwd(), certificateFile)})`,
  );
}
