import type { Defect } from './defect.ts';

export const nonAsciiCreateCrashes: Defect = {
  name: 'non-ascii-create-crashes',
  description:
    'create with any non-ASCII value answers HTTP 500: the values are written to an ASCII-only column that throws.',
  breaks: ['api.status.no-5xx', 'json.utf8', 'xml.non-latin1'],
  install(parts) {
    const createCustomer = parts.effects.creates;
    parts.effects.creates = (call) => {
      for (const values of call.values.values()) for (const value of values) toAsciiColumn(value);
      return createCustomer(call);
    };
  },
};

function toAsciiColumn(value: string): string {
  for (let index = 0; index < value.length; index++) {
    if (value.charCodeAt(index) > 0x7f)
      throw new RangeError(`cannot store character ${index} of a value in an ASCII column`);
  }
  return value;
}
