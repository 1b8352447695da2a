import { test, expect } from '@playwright/test';
import { readFileSync } from 'node:fs';
import { pathToFileURL } from 'node:url';
import { checkExampleCalls, checkSeedTables, exampleCallsOf } from './seed-coverage.ts';
import { parseSeedTables } from './seed-tables.ts';
import { loadOperations } from './load.ts';
import type { Operation } from './types.ts';

// The seed documents are kept verbatim in contracts/seeds/; CONFORMANCE_SEEDS_DIR points elsewhere.
const SEEDS = process.env.CONFORMANCE_SEEDS_DIR
  ? pathToFileURL(`${process.env.CONFORMANCE_SEEDS_DIR.replace(/\/$/, '')}/`)
  : new URL('../../contracts/seeds/', import.meta.url);
const tables = parseSeedTables(readFileSync(new URL('000_058a775d00ef64a2.txt', SEEDS), 'utf8'));
const page = readFileSync(new URL('001_e5b85277de956e72.txt', SEEDS), 'utf8');
const stored = (): Operation[] => structuredClone(loadOperations());
const parameterOf = (operations: Operation[], id: string, name: string) =>
  operations.find((operation) => operation.id === id)!.parameters.find((parameter) => parameter.name === name)!;

test('the seed page has a parameter table per operation contract; the email rows lost their parameter cell', () => {
  expect(tables.map((table) => table.section).sort()).toEqual(
    loadOperations()
      .map((operation) => operation.title)
      .sort(),
  );
  const emptyCells = tables.flatMap((table) =>
    table.rows.filter((row) => row.parameter === '').map(() => table.section),
  );
  expect(emptyCells).toEqual(['Create a Customer', 'Retrieve Customers', 'Update Customer Email Address']);
});

test('every row of every seed table is in its contract verbatim, with its limits as constraints', () => {
  const { errors, rowsChecked } = checkSeedTables(tables, loadOperations());
  expect(errors).toEqual([]);
  expect(rowsChecked).toBe(tables.reduce((sum, table) => sum + table.rows.length, 0));
  test.info().annotations.push({ type: 'rows checked', description: String(rowsChecked) });
});

test('a changed, missing, invented or unlimited row is reported', () => {
  const cases: Record<string, [(operations: Operation[]) => void, string]> = {
    'requirements text edited': [
      (ops) => {
        parameterOf(ops, 'create', 'zip').seed.requirements = 'No more than 5 characters';
      },
      'create: row "zip": Requirements',
    ],
    'required cell edited': [
      (ops) => {
        parameterOf(ops, 'update_email', 'email').seed.required = 'No';
      },
      'update_email: row "": Required',
    ],
    'limit lost': [
      (ops) => {
        parameterOf(ops, 'update_username', 'username').constraints = parameterOf(
          ops,
          'update_username',
          'username',
        ).constraints.filter((constraint) => constraint.kind !== 'maxLength');
      },
      'update_username: row "username": "not more than 100" has no maxLength 100 constraint',
    ],
    'limit changed': [
      (ops) => {
        Object.assign(
          parameterOf(ops, 'update_password', 'confirm_password').constraints.find(
            (constraint) => constraint.kind === 'minLength',
          )!,
          { value: 8 },
        );
      },
      'update_password: row "confirm_password": "at least 6" has no minLength 6 constraint',
    ],
    'row missing': [
      (ops) => {
        const retrieve = ops.find((operation) => operation.id === 'retrieve')!;
        retrieve.parameters = retrieve.parameters.filter((parameter) => parameter.name !== 'company');
      },
      'retrieve: row "company": 0 contract parameters claim this row',
    ],
    'alias cell lost': [
      (ops) => {
        delete parameterOf(ops, 'disable', 'user').seed.parameterCell;
      },
      'disable: row "username": 0 contract parameters claim this row',
    ],
    'presence against Required': [
      (ops) => {
        parameterOf(ops, 'delete', 'user').presence = 'optional';
      },
      'delete: row "user": presence "optional"',
    ],
    'invented row': [
      (ops) => {
        ops
          .find((operation) => operation.id === 'enable')!
          .parameters.push({
            ...structuredClone(parameterOf(ops, 'enable', 'user')),
            name: 'extra',
            seed: { ...parameterOf(ops, 'enable', 'user').seed, parameterCell: 'extra' },
          });
      },
      'enable: 3 parameters cite the table, which has 2 rows',
    ],
  };
  for (const [name, [breakIt, expected]] of Object.entries(cases)) {
    const operations = stored();
    breakIt(operations);
    const { errors } = checkSeedTables(tables, operations);
    expect(
      errors.some((error) => error.startsWith(expected)),
      `${name}: ${errors.join('; ')}`,
    ).toBe(true);
  }
});

test('every example call of the seed page is a contract example, and no contract example is invented', () => {
  const { errors, callsChecked } = checkExampleCalls(page, loadOperations());
  expect(errors).toEqual([]);
  expect(callsChecked).toBe(22);
  expect(exampleCallsOf(page).every((call) => call.startsWith('https://sendgrid.com/apiv2/reseller.'))).toBe(true);

  const operations = stored();
  const example = operations
    .find((operation) => operation.id === 'disable')!
    .examples.find((candidate) => candidate.format === 'json')!;
  example.call = example.repaired!;
  const broken = checkExampleCalls(page, operations).errors;
  expect(broken).toContain(
    'example call of 001 is in no contract: https://sendgrid.com/apiv2/reseller.manage.json' +
      '?api_user=your_sendgrid_username&api_key=your_sendgrid_password&method=disabl',
  );
  expect(broken.some((error) => error.startsWith('disable: example call is not in 001'))).toBe(true);
});
