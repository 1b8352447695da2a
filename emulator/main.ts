import { parseArgs } from 'node:util';
import { parseDefectList } from './defects/catalogue.ts';
import { parseReadingList } from './readings/catalogue.ts';
import { DEFAULT_PROFILE_PATH, startEmulator, type Limits } from './server.ts';

const { values } = parseArgs({
  options: {
    profile: { type: 'string', default: DEFAULT_PROFILE_PATH },
    port: { type: 'string' },
    host: { type: 'string', default: '127.0.0.1' },
    defects: { type: 'string' },
    readings: { type: 'string' },
    admin: { type: 'boolean', default: false },
    'state-file': { type: 'string' },
    'max-customers': { type: 'string' },
    'max-connections': { type: 'string' },
  },
});

try {
  const portText = values.port ?? process.env.PORT;
  const port = portText === undefined ? undefined : Number(portText);
  if (port !== undefined && (!Number.isInteger(port) || port < 0 || port > 65_535))
    throw new Error(`--port must be a port number, got "${portText}"`);
  const defects = parseDefectList(values.defects ?? process.env.EMULATOR_DEFECTS);
  const readings = parseReadingList(values.readings ?? process.env.EMULATOR_READINGS);
  const admin = values.admin || process.env.EMULATOR_ADMIN === '1';
  const limits: Partial<Limits> = {
    ...positive('--max-customers', values['max-customers'], 'customersPerReseller'),
    ...positive('--max-connections', values['max-connections'], 'connections'),
  };
  const running = await startEmulator({
    profilePath: values.profile,
    host: values.host,
    defects,
    readings,
    admin,
    limits,
    ...(values['state-file'] !== undefined ? { stateFile: values['state-file'] } : {}),
    ...(port !== undefined ? { port } : {}),
  });
  const notes = [
    ...(readings.length > 0 ? [`readings: ${readings.join(', ')}`] : []),
    ...(defects.length > 0 ? [`defects: ${defects.join(', ')}`] : []),
    ...(admin ? [`admin API at ${running.url}/_emulator/`] : []),
    ...(values['state-file'] !== undefined ? [`state file ${values['state-file']}`] : []),
  ];
  console.log(
    `SendGrid reseller emulator listening on ${running.url}${notes.length > 0 ? ` (${notes.join('; ')})` : ''}`,
  );
  const stop = () => void running.close().then(() => process.exit(0));
  process.on('SIGINT', stop);
  process.on('SIGTERM', stop);
} catch (error) {
  console.error(`emulator: ${(error as Error).message}`);
  process.exit(1);
}

function positive(flag: string, text: string | undefined, limit: keyof Limits): Partial<Limits> {
  if (text === undefined) return {};
  const value = Number(text);
  if (!Number.isInteger(value) || value < 1) throw new Error(`${flag} must be a positive integer, got "${text}"`);
  return { [limit]: value };
}
