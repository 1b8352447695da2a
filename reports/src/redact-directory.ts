import { readFileSync, readdirSync, statSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { redact } from './redact.ts';

const TEXT = /\.(json|md|txt|xml|html?|csv|log|ya?ml)$/i;

/** Rewrites every text file under `dir` that would change under `redact`; returns the files rewritten. */
export function redactDirectory(dir: string, secrets: string[]): string[] {
  let entries: string[];
  try {
    entries = readdirSync(dir);
  } catch {
    return [];
  }
  return entries.flatMap((name) => {
    const file = path.join(dir, name);
    if (statSync(file).isDirectory()) return redactDirectory(file, secrets);
    if (!TEXT.test(name)) return [];
    const text = readFileSync(file, 'utf8');
    const clean = redact(text, secrets);
    if (clean === text) return [];
    writeFileSync(file, clean);
    return [file];
  });
}
