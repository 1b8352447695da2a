import { existsSync, readFileSync } from 'node:fs';
import { rename, writeFile } from 'node:fs/promises';
import type { CustomerStore } from './customer-store.ts';
import type { StateSnapshot } from './snapshot.ts';
import { storeFromSnapshot } from './snapshot.ts';

/** Changes arriving within this long are written together. */
const WRITE_DELAY_MS = 50;

/**
 * `--state-file`: the customers survive a restart. Loaded whole at start (a file that does not hold
 * a consistent state is refused, never half-loaded); after changes, rewritten atomically (a temporary
 * file beside it, then a rename), a burst of changes in one write.
 */
export class StateFile {
  private timer: NodeJS.Timeout | undefined;
  private writing: Promise<void> = Promise.resolve();

  constructor(
    readonly path: string,
    private readonly snapshot: () => StateSnapshot,
  ) {}

  /** The stored state on top of `base`'s accounts; `base` itself when the file does not exist yet. */
  load(base: CustomerStore): CustomerStore {
    if (!existsSync(this.path)) return base;
    let data: unknown;
    try {
      data = JSON.parse(readFileSync(this.path, 'utf8'));
    } catch (error) {
      throw refused(this.path, `it is not JSON (${(error as Error).message})`);
    }
    try {
      return storeFromSnapshot(base, data);
    } catch (error) {
      throw refused(this.path, (error as Error).message);
    }
  }

  changed(): void {
    this.timer ??= setTimeout(() => this.writeNow(), WRITE_DELAY_MS);
  }

  /** Writes a pending change at once and waits for every write to finish. */
  async flush(): Promise<void> {
    if (this.timer) this.writeNow();
    await this.writing;
  }

  private writeNow(): void {
    clearTimeout(this.timer);
    this.timer = undefined;
    const text = JSON.stringify(this.snapshot());
    const temporary = `${this.path}.${process.pid}.tmp`;
    this.writing = this.writing
      .then(() => writeFile(temporary, text, { mode: 0o600 }))
      .then(() => rename(temporary, this.path))
      .catch((error: Error) =>
        console.error(`emulator: the state file ${this.path} could not be written: ${error.message}`),
      );
  }
}

function refused(path: string, reason: string): Error {
  return new Error(
    `state file ${path} is refused, nothing was loaded: ${reason}. Fix it, or move it away to start with no customers.`,
  );
}
