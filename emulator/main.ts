import { parseArgs } from 'node:util';
import { parseDefectList } from './defects/catalogue.ts';
import { parseReadingList } from './readings/catalogue.ts';
import { DEFAULT_PROFILE_PATH, startEmulator } from './server.ts';

const { values } = parseArgs({
  options: {
    profile: { type: 'string', default: DEFAULT_PROFILE_PATH },
    port: { type: 'string' },
    host: { type: 'string', default: '127.0.0.1' },
    defects: { type: 'string' },
    readings: { type: 'string' },
  },
});

try {
  const portText = values.port ?? process.env.PORT;
  const port = portText === undefined ? undefined : Number(portText);
  if (port !== undefined && (!Number.isInteger(port) || port < 0 || port > 65_535)) throw new Error(`--port must be a port number, got "${portText}"`);
  const defects = parseDefectList(values.defects ?? process.env.EMULATOR_DEFECTS);
  const readings = parseReadingList(values.readings ?? process.env.EMULATOR_READINGS);
  const running = await startEmulator({
    profilePath: values.profile,
    host: values.host,
    defects,
    readings,
    ...(port !== undefined ? { port } : {}),
  });
  const switched = [...(readings.length > 0 ? [`readings: ${readings.join(', ')}`] : []), ...(defects.length > 0 ? [`defects: ${defects.join(', ')}`] : [])];
  console.log(`SendGrid reseller emulator listening on ${running.url}${switched.length > 0 ? ` with ${switched.join('; ')}` : ''}`);
  const stop = () => void running.close().then(() => process.exit(0));
  process.on('SIGINT', stop);
  process.on('SIGTERM', stop);
} catch (error) {
  console.error(`emulator: ${(error as Error).message}`);
  process.exit(1);
}
