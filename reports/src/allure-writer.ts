import { randomUUID } from 'node:crypto';
import { copyFileSync, mkdirSync, renameSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { stringifyEnvInfo, type Writer } from 'allure-js-commons/sdk/reporter';

/**
 * Allure's FileSystemWriter without its fsync per file: the reporter writes each test's result in the
 * runner's event loop, where a flush to disk per test (~10 ms) held up handing out the next tests.
 * Files are still published whole (written aside, then renamed), so a reader watching the folder never
 * sees half a file; only surviving a power cut is given up, which a run's results need not.
 */
export function resultsWriter(resultsDir: string): Writer {
  let made = false;
  const publish = (name: string, write: (temporary: string) => void) => {
    if (!made) mkdirSync(resultsDir, { recursive: true });
    made = true;
    const temporary = path.join(resultsDir, `.allure-write-${randomUUID()}.tmp`);
    write(temporary);
    renameSync(temporary, path.join(resultsDir, name));
  };
  const json = (name: string, value: unknown) =>
    publish(name, (temporary) => writeFileSync(temporary, JSON.stringify(value), 'utf-8'));
  return {
    writeResult: (result) => json(`${result.uuid}-result.json`, result),
    writeGroup: (group) => json(`${group.uuid}-container.json`, group),
    writeAttachment: (name, content) => publish(name, (temporary) => writeFileSync(temporary, content)),
    writeAttachmentFromPath: (name, from) => publish(name, (temporary) => copyFileSync(from, temporary)),
    writeEnvironmentInfo: (info) =>
      publish('environment.properties', (temporary) => writeFileSync(temporary, stringifyEnvInfo(info))),
    writeCategoriesDefinitions: (categories) => json('categories.json', categories),
    writeGlobals: (name, globals) => json(name, globals),
  };
}
