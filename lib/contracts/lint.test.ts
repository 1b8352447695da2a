import { readdirSync } from 'node:fs';
import { test, expect } from '@playwright/test';
import {
  annotatedRequirements,
  checkConflictsDecided,
  checkDuplicateIds,
  checkEnvelopeSchemas,
  checkOperation,
  checkReferences,
  checkRegister,
  checkTestCoverage,
  countByLevel,
  lintContracts,
} from './lint.ts';
import { loadOperation, readContractJson } from './load.ts';
import type { Operation, RequirementRegister } from './types.ts';

const clone = <T>(value: T): T => structuredClone(value);
const storedOperation = (): Operation => clone(loadOperation('update_username'));
const storedRegister = (): RequirementRegister => clone(readContractJson<RequirementRegister>('requirements.json'));

test('the stored contracts lint clean, every operation contract read', () => {
  const result = lintContracts();
  expect(result.errors).toEqual([]);
  expect(result.operations).toBe(readdirSync(new URL('../../contracts/operations/', import.meta.url)).length);
});

test('checkOperation accepts a stored contract and rejects typos and inconsistencies', () => {
  expect(checkOperation(storedOperation(), 'update_username.json')).toEqual([]);
  const broken: Record<string, (operation: Operation) => void> = {
    'misspelled field': (operation) => Object.assign(operation.parameters[2]!, { requirment: 'x.y.z' }),
    'unknown role': (operation) => Object.assign(operation.parameters[2]!, { role: 'subjekt' }),
    'unknown constraint kind': (operation) =>
      Object.assign(operation.parameters[4]!.constraints[0]!, { kind: 'maxlength' }),
    'constraint key of another kind': (operation) =>
      Object.assign(operation.parameters[4]!.constraints[0]!, { values: ['a'] }),
    'unknown answer kind': (operation) => Object.assign(operation.answers, { refusal: ['error'] }),
    'unknown enforcement': (operation) =>
      Object.assign(operation.parameters[4]!.constraints[0]!, { enforcement: 'maybe' }),
    'effect field of another kind': (operation) => Object.assign(operation.effect, { field: 'username' }),
    'bad requirement id': (operation) => operation.requirements.push('Not An Id'),
    'id not the file name': (operation) => Object.assign(operation, { id: 'update_email' }),
    'duplicate parameter': (operation) => operation.parameters.push(clone(operation.parameters[4]!)),
    'selector value not allowed by its oneOf': (operation) => Object.assign(operation.selectors, { task: 'setEmail' }),
    'selector without parameter': (operation) => Object.assign(operation.selectors, { extra: 'x' }),
    'effect names unknown parameter': (operation) => Object.assign(operation.effect, { parameter: 'new_username' }),
    'constraint without its accepting half': (operation) =>
      delete (operation.parameters[4]!.constraints[0] as { accepting?: string }).accepting,
    'effect without its refusing half': (operation) => delete (operation.effect as { refusing?: string }).refusing,
    'subject without its foreign-customer requirement': (operation) => delete operation.foreignCustomerRequirement,
  };
  for (const [name, breakIt] of Object.entries(broken)) {
    const operation = storedOperation();
    breakIt(operation);
    expect(checkOperation(operation, 'update_username.json').length, name).toBeGreaterThan(0);
  }
  const password = clone(loadOperation('update_password'));
  const confirm = password.parameters.find((parameter) => parameter.name === 'confirm_password')!;
  Object.assign(
    confirm.constraints.find((constraint) => constraint.kind === 'equalsParameter')!,
    { parameter: 'pasword' },
  );
  expect(checkOperation(password, 'update_password.json')).toEqual([
    'update_password.json: confirm_password must equal unknown parameter "pasword"',
  ]);
  const disable = clone(loadOperation('disable'));
  delete (disable.effect as { fieldRequirement?: string }).fieldRequirement;
  expect(checkOperation(disable, 'disable.json').length, 'sets effect without its field requirement').toBeGreaterThan(
    0,
  );
});

test('checkRegister rejects typos, incomplete ambiguous entries and readings on settled ones', () => {
  expect(checkRegister(storedRegister())).toEqual([]);
  const broken: Record<string, (register: RequirementRegister) => void> = {
    'unknown level': (register) => Object.assign(register.requirements[0]!, { level: 'documentd' }),
    'misspelled field': (register) => Object.assign(register.requirements[0]!, { statment: 'x' }),
    'unknown operation': (register) => Object.assign(register.requirements[0]!, { operations: ['creat'] }),
    'unknown format': (register) => Object.assign(register.requirements[0]!, { formats: ['yaml'] }),
    'ambiguous without decision': (register) =>
      delete register.requirements.find((requirement) => requirement.level === 'ambiguous')!.decision,
    'readings on a documented entry': (register) =>
      Object.assign(
        register.requirements.find((requirement) => requirement.level === 'documented')!,
        { readings: ['a', 'b'] },
      ),
    'conflict number out of range': (register) =>
      Object.assign(
        register.requirements.find((requirement) => requirement.conflict === 1)!,
        { conflict: 12 },
      ),
  };
  for (const [name, breakIt] of Object.entries(broken)) {
    const register = storedRegister();
    breakIt(register);
    expect(checkRegister(register).length, name).toBeGreaterThan(0);
  }
});

test('checkDuplicateIds and checkConflictsDecided name what is wrong', () => {
  expect(checkDuplicateIds([{ id: 'a.b' }, { id: 'c.d' }, { id: 'a.b' }])).toEqual([
    'requirements.json: duplicate requirement ID "a.b"',
  ]);
  const register = storedRegister();
  const withoutConflict7 = register.requirements.filter((requirement) => requirement.conflict !== 7);
  expect(checkConflictsDecided(register.requirements)).toEqual([]);
  expect(checkConflictsDecided(withoutConflict7)).toEqual([
    'requirements.json: conflict 7 of the research notes has no ambiguous entry',
  ]);
});

test('checkReferences reports a contract naming a requirement the register lacks', () => {
  const operation = storedOperation();
  const requirements = storedRegister().requirements;
  expect(checkReferences([operation], requirements, ['xml.declaration'])).toEqual([]);
  const withoutMaxLength = requirements.filter(
    (requirement) => requirement.id !== 'update_username.username.max-length',
  );
  expect(checkReferences([operation], withoutMaxLength)).toEqual([
    'update_username.json: requirement "update_username.username.max-length" is not in requirements.json',
  ]);
  // Each routing field is checked: the halves of a constraint and of the effect, what valid values and answers rely on.
  const routed: Record<string, (operation: Operation) => void> = {
    'constraint accepting half': (operation) =>
      Object.assign(operation.parameters[4]!.constraints[0]!, { accepting: 'x.y' }),
    'constraint refusing half': (operation) =>
      Object.assign(operation.parameters[4]!.constraints[0]!, { refusing: 'x.y' }),
    'effect accepting half': (operation) => Object.assign(operation.effect, { accepting: 'x.y' }),
    'effect refusing half': (operation) => Object.assign(operation.effect, { refusing: 'x.y' }),
    'parameter accepting': (operation) => Object.assign(operation.parameters[4]!, { accepting: ['x.y'] }),
    'presence reading': (operation) => Object.assign(operation.parameters[4]!, { presenceReadings: ['x.y'] }),
    'success answer': (operation) => Object.assign(operation.answers, { successRequirements: ['x.y'] }),
    'foreign customer': (operation) => Object.assign(operation, { foreignCustomerRequirement: 'x.y' }),
  };
  for (const [name, route] of Object.entries(routed)) {
    const misrouted = storedOperation();
    route(misrouted);
    expect(checkReferences([misrouted], requirements), name).toEqual([
      'update_username.json: requirement "x.y" is not in requirements.json',
    ]);
  }
  for (const field of ['fieldRequirement', 'idempotentRequirement', 'unchangedRequirement']) {
    const misrouted = clone(loadOperation('enable'));
    Object.assign(misrouted.effect, { [field]: 'x.y' });
    expect(checkReferences([misrouted], requirements), field).toEqual([
      'enable.json: requirement "x.y" is not in requirements.json',
    ]);
  }
  expect(checkReferences([], requirements, ['xml.nope'])).toEqual([
    'envelopes: requirement "xml.nope" (document.json or a schema\'s annotation) is not in requirements.json',
  ]);
});

test('checkEnvelopeSchemas reports a schema that does not compile', () => {
  expect(checkEnvelopeSchemas({ 'json/ok.schema.json': { type: 'object', required: ['message'] } })).toEqual([]);
  const errors = checkEnvelopeSchemas({ 'json/typo.schema.json': { type: 'object', requried: ['message'] } });
  expect(errors).toHaveLength(1);
  expect(errors[0]).toContain('envelopes/json/typo.schema.json: does not compile');
});

test('checkTestCoverage demands a test or an untestable reason for every requirement', () => {
  const requirements = [{ id: 'a.tested' }, { id: 'a.untested' }, { id: 'a.unobservable', untestable: 'why' }];
  const report = {
    suites: [
      {
        specs: [],
        suites: [
          {
            specs: [
              {
                tests: [
                  {
                    annotations: [
                      { type: 'requirement', description: 'a.tested' },
                      { type: 'operation', description: 'create' },
                    ],
                  },
                ],
              },
            ],
          },
        ],
      },
    ],
  };
  expect([...annotatedRequirements(report)]).toEqual(['a.tested']);
  expect(checkTestCoverage(requirements, report)).toEqual([
    'requirement "a.untested" has no test annotated with it and is not marked untestable',
  ]);
  const misnamed = {
    suites: [
      {
        specs: [
          {
            tests: [
              {
                annotations: [
                  { type: 'requirement', description: 'a.tested' },
                  { type: 'requirement', description: 'a.typo' },
                ],
              },
            ],
          },
        ],
      },
    ],
  };
  expect(checkTestCoverage([{ id: 'a.tested' }], misnamed)).toEqual([
    'a test is annotated with requirement "a.typo", which is not in requirements.json',
  ]);
});

test('countByLevel counts each level, untestable entries and the total', () => {
  expect(
    countByLevel([{ level: 'documented' }, { level: 'ambiguous', untestable: 'x' }, { level: 'documented' }]),
  ).toEqual({
    documented: 2,
    inferred: 0,
    ambiguous: 1,
    untestable: 1,
    total: 3,
  });
});
