import { mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';

/**
 * A score's two files in `dir` (`<name>.json`, `<name>.md`): the JSON rewritten with what is known so far as a
 * run goes, so that a run cut short still leaves what it found; both files at the end.
 */
export function scoreFiles(dir: string, name: string) {
  mkdirSync(dir, { recursive: true });
  const jsonFile = path.join(dir, `${name}.json`);
  const json = (value: object) => writeFileSync(jsonFile, `${JSON.stringify(value, null, 2)}\n`);
  return {
    partial(known: object): void {
      json({ partial: true, ...known });
    },
    /** Writes the report and its markdown; returns the markdown. */
    write(report: object, markdown: string): string {
      json(report);
      writeFileSync(path.join(dir, `${name}.md`), markdown);
      return markdown;
    },
  };
}
