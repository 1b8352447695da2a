import { expect, test } from '@playwright/test';
import { validate } from '@readme/openapi-parser';
import { loadOperations } from '../../lib/contracts/load.ts';
import { contractsOpenApi } from './openapi.ts';

type Doc = {
  paths: Record<
    string,
    Record<
      string,
      { parameters?: { name: string; schema: Record<string, unknown> }[]; 'x-operations': { id: string }[] }
    >
  >;
};

test('the OpenAPI export is valid OpenAPI 3.1', async () => {
  const result = await validate(contractsOpenApi() as never);
  expect(result.valid, JSON.stringify(result)).toBe(true);
});

test('the validator refuses a broken export (the check can fail)', async () => {
  const broken = contractsOpenApi() as Doc;
  const firstPath = Object.values(broken.paths)[0]!;
  (firstPath.get as unknown as { responses: unknown }).responses = 'none';
  expect((await validate(broken as never)).valid).toBe(false);
});

test('every operation appears under its path and format, with the limits of its contract', () => {
  const doc = contractsOpenApi() as Doc;
  for (const operation of loadOperations()) {
    for (const format of operation.formats) {
      const item = doc.paths[`/apiv2/${operation.endpoint}.${format}`];
      expect(item, `${operation.id} ${format}`).toBeDefined();
      for (const verb of operation.verbs)
        expect(item![verb.toLowerCase()]!['x-operations'].map((o) => o.id)).toContain(operation.id);
    }
  }
  const create = loadOperations().find((o) => o.id === 'create')!;
  const username = create.parameters.find((p) => p.name === 'username')!;
  const limit = username.constraints.find((c) => c.kind === 'maxLength');
  const exported = doc.paths[`/apiv2/${create.endpoint}.json`]!.get!.parameters!.find((p) => p.name === 'username')!;
  expect(limit).toBeDefined();
  expect(exported.schema.maxLength).toBe(limit && 'value' in limit ? limit.value : undefined);
});
