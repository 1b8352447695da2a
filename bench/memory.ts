import fc from 'fast-check';
import { loadOperations } from '../lib/contracts/load.ts';
import { loadProfile } from '../lib/target/load-profile.ts';
import { buildEmulator, DEFAULT_PROFILE_PATH } from '../emulator/server.ts';
import { API_KEY, API_USER, FRESH_SLOT } from '../generators/case.ts';
import { validParams } from '../generators/valid-params.ts';

// Run with --expose-gc: the emulator's heap after N valid creates (called directly, no HTTP), at
// checkpoints, so growth per stored customer can be seen to stay flat. Prints one JSON line.

const total = Number(process.argv[2] ?? 100_000);
const gc = (globalThis as { gc?: () => void }).gc;
if (!gc) throw new Error('run with node --expose-gc');
const profile = loadProfile(DEFAULT_PROFILE_PATH);
const emulator = buildEmulator(profile);
const create = loadOperations().find((operation) => operation.id === 'create')!;
const context = { account: profile.account, namePrefix: 'bm', today: new Date().toISOString().slice(0, 10) };
const samples = fc.sample(validParams(create, context), { seed: 7, numRuns: 64 });
const route = { endpoint: create.endpoint, format: 'json' as const };

const heap = () => {
  gc();
  gc();
  return process.memoryUsage().heapUsed;
};
const baseline = heap();
const checkpoints: Array<{ customers: number; heapBytes: number; bytesPerCustomer: number }> = [];
let refused = 0;
for (let index = 1; index <= total; index++) {
  const stamp = index.toString(36).padStart(FRESH_SLOT.length, '0');
  const params = samples[index % samples.length]!.map(([name, value]): [string, string] => [
    name,
    value === API_USER
      ? profile.credentials.apiUser
      : value === API_KEY
        ? profile.credentials.apiKey
        : value.replaceAll(FRESH_SLOT, stamp),
  ]);
  if ((await emulator.handle(route, 'GET', params)).kind !== 'success') refused++;
  if (index % (total / 4) === 0) {
    const heapBytes = heap() - baseline;
    checkpoints.push({
      customers: index - refused,
      heapBytes,
      bytesPerCustomer: Math.round(heapBytes / Math.max(1, index - refused)),
    });
  }
}
console.log(JSON.stringify({ creates: total, refused, checkpoints }));
