// Lints contracts/: every contract and the register against the meta-schemas, envelope schemas
// compile, every referenced requirement exists, no duplicate IDs, every conflict decided; with
// `--tests <file.json>` (the JSON of `playwright test --list --reporter=json --project=conformance`)
// also every requirement is checked by a test or marked untestable; `--list-tests` lists them itself.
import { readFileSync, readdirSync } from 'node:fs';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import type { ValidateFunction } from 'ajv/dist/2020.js';
import { createContractsAjv } from './ajv.ts';
import { listingRoutes } from './listing-routes.ts';
import { CONTRACTS_DIR, readContractJson } from './load.ts';
import { loadAnswerSchemaIndex } from './envelopes.ts';
import { listConformanceTests, parseTestsReport, testRequirements, type TestsReport } from './listed-tests.ts';
import type { Level, Operation, Requirement, RequirementRegister } from './types.ts';

const CONFLICT_COUNT = 11;

const metaSchemaValidators = new Map<string, ValidateFunction>();

const META_SCHEMAS = ['schema/operation.schema.json', 'schema/requirements.schema.json'];

function schemaErrors(schemaFile: string, data: unknown, label: string): string[] {
  let validate = metaSchemaValidators.get(schemaFile);
  if (!validate) {
    // The meta-schemas refer to each other's definitions (operation ids are defined once, in operation.schema.json).
    const ajv = createContractsAjv();
    for (const other of META_SCHEMAS) if (other !== schemaFile) ajv.addSchema(readContractJson<object>(other));
    validate = ajv.compile(readContractJson<object>(schemaFile));
    metaSchemaValidators.set(schemaFile, validate);
  }
  if (validate(data)) return [];
  return (validate.errors ?? []).map((error) => {
    const params = error.params ? ` ${JSON.stringify(error.params)}` : '';
    return `${label}: ${error.instancePath || '/'} ${error.message ?? 'is invalid'}${params}`;
  });
}

/** Meta-schema validation of one operation contract, plus what a schema cannot express. */
export function checkOperation(data: unknown, fileName: string): string[] {
  const errors = schemaErrors('schema/operation.schema.json', data, fileName);
  if (errors.length > 0) return errors;
  const operation = data as Operation;
  if (`${operation.id}.json` !== fileName)
    errors.push(`${fileName}: id "${operation.id}" does not match the file name`);
  const names = operation.parameters.map((parameter) => parameter.name);
  for (const name of new Set(names)) {
    if (names.filter((other) => other === name).length > 1)
      errors.push(`${fileName}: parameter "${name}" appears twice`);
  }
  for (const parameter of operation.parameters) {
    for (const constraint of parameter.constraints) {
      if (constraint.kind === 'equalsParameter' && !names.includes(constraint.parameter)) {
        errors.push(`${fileName}: ${parameter.name} must equal unknown parameter "${constraint.parameter}"`);
      }
    }
    if (parameter.role === 'selector') {
      const fixed = operation.selectors[parameter.name];
      const oneOf = parameter.constraints.find((constraint) => constraint.kind === 'oneOf');
      if (fixed === undefined)
        errors.push(`${fileName}: selector parameter "${parameter.name}" has no value in selectors`);
      else if (!oneOf || !oneOf.values.includes(fixed))
        errors.push(`${fileName}: selector "${parameter.name}"=${fixed} is not allowed by its oneOf constraint`);
    }
  }
  for (const name of Object.keys(operation.selectors)) {
    if (!operation.parameters.some((parameter) => parameter.name === name && parameter.role === 'selector')) {
      errors.push(`${fileName}: selectors.${name} has no parameter with role selector`);
    }
  }
  const effect = operation.effect;
  const effectParameters =
    effect.kind === 'updates' ? effect.fromParameters : effect.kind === 'renames' ? [effect.parameter] : [];
  for (const name of effectParameters) {
    if (!names.includes(name)) errors.push(`${fileName}: effect names unknown parameter "${name}"`);
  }
  return errors;
}

/** Meta-schema validation of the register, plus duplicate IDs and one decided entry per research conflict. */
export function checkRegister(data: unknown): string[] {
  const errors = schemaErrors('schema/requirements.schema.json', data, 'requirements.json');
  if (errors.length > 0) return errors;
  const requirements = (data as RequirementRegister).requirements;
  return [...checkDuplicateIds(requirements), ...checkConflictsDecided(requirements)];
}

export function checkDuplicateIds(requirements: Pick<Requirement, 'id'>[]): string[] {
  const seen = new Set<string>();
  const errors: string[] = [];
  for (const { id } of requirements) {
    if (seen.has(id)) errors.push(`requirements.json: duplicate requirement ID "${id}"`);
    seen.add(id);
  }
  return errors;
}

export function checkConflictsDecided(requirements: Pick<Requirement, 'id' | 'conflict'>[]): string[] {
  const errors: string[] = [];
  for (let conflict = 1; conflict <= CONFLICT_COUNT; conflict += 1) {
    if (!requirements.some((requirement) => requirement.conflict === conflict)) {
      errors.push(`requirements.json: conflict ${conflict} of the research notes has no ambiguous entry`);
    }
  }
  return errors;
}

/** Every requirement ID an operation contract names, its routing fields included. */
export function referencedRequirementIds(operation: Operation): string[] {
  const ids = [...operation.requirements];
  for (const parameter of operation.parameters) {
    if (parameter.missingRequirement) ids.push(parameter.missingRequirement);
    if (parameter.emptyRequirement) ids.push(parameter.emptyRequirement);
    if (parameter.filterRequirement) ids.push(parameter.filterRequirement);
    ids.push(...(parameter.accepting ?? []), ...(parameter.presenceReadings ?? []));
    ids.push(
      ...parameter.constraints.flatMap((constraint) => [
        constraint.accepting,
        constraint.refusing,
        ...(constraint.readings ?? []),
      ]),
    );
  }
  const { effect, answers } = operation;
  ids.push(effect.accepting, ...(effect.refusing ? [effect.refusing] : []));
  if ('requirements' in effect) ids.push(...effect.requirements);
  ids.push(...listingRoutes(effect));
  if (operation.foreignCustomerRequirement) ids.push(operation.foreignCustomerRequirement);
  ids.push(...Object.values(answers.envelopeRequirements), ...(answers.successRequirements ?? []));
  for (const routed of [answers.emptyListRequirement, answers.combinedFiltersRequirement]) if (routed) ids.push(routed);
  return ids;
}

export function checkReferences(
  operations: Operation[],
  requirements: Pick<Requirement, 'id'>[],
  documentRequirementIds: string[] = [],
): string[] {
  const known = new Set(requirements.map((requirement) => requirement.id));
  const errors: string[] = [];
  for (const operation of operations) {
    for (const id of new Set(referencedRequirementIds(operation))) {
      if (!known.has(id)) errors.push(`${operation.id}.json: requirement "${id}" is not in requirements.json`);
    }
  }
  for (const id of new Set(documentRequirementIds)) {
    if (!known.has(id))
      errors.push(
        `envelopes: requirement "${id}" (document.json or a schema's annotation) is not in requirements.json`,
      );
  }
  return errors;
}

/** The `requirement` annotations of an envelope schema (lib/contracts/requirement-keyword.ts). */
function annotatedIds(schema: unknown): string[] {
  if (Array.isArray(schema)) return schema.flatMap(annotatedIds);
  if (schema === null || typeof schema !== 'object') return [];
  return Object.entries(schema).flatMap(([key, value]) =>
    key === 'requirement' && typeof value === 'string' ? [value] : annotatedIds(value),
  );
}

/** Every schema compiles under strict draft 2020-12. */
export function checkEnvelopeSchemas(schemas: Record<string, unknown>): string[] {
  const errors: string[] = [];
  for (const [file, schema] of Object.entries(schemas)) {
    try {
      createContractsAjv().compile(schema as object);
    } catch (error) {
      errors.push(`envelopes/${file}: does not compile: ${(error as Error).message}`);
    }
  }
  return errors;
}

/** Requirement IDs named by `requirement` annotations in a Playwright JSON report (or --list output). */
export function annotatedRequirements(report: TestsReport): Set<string> {
  return new Set(testRequirements(report).flatMap((test) => test.requirements));
}

export function checkTestCoverage(
  requirements: Pick<Requirement, 'id' | 'untestable'>[],
  report: TestsReport,
): string[] {
  const checked = annotatedRequirements(report);
  const known = new Set(requirements.map((requirement) => requirement.id));
  const errors = requirements
    .filter((requirement) => requirement.untestable === undefined && !checked.has(requirement.id))
    .map((requirement) => `requirement "${requirement.id}" has no test annotated with it and is not marked untestable`);
  for (const id of checked) {
    if (!known.has(id)) errors.push(`a test is annotated with requirement "${id}", which is not in requirements.json`);
  }
  return errors;
}

export function countByLevel(
  requirements: Pick<Requirement, 'level' | 'untestable'>[],
): Record<Level | 'untestable' | 'total', number> {
  const counts = { documented: 0, inferred: 0, ambiguous: 0, untestable: 0, total: requirements.length };
  for (const requirement of requirements) {
    counts[requirement.level] += 1;
    if (requirement.untestable !== undefined) counts.untestable += 1;
  }
  return counts;
}

export interface LintResult {
  errors: string[];
  counts: ReturnType<typeof countByLevel>;
  operations: number;
}

/** Lints everything under contracts/ as stored; `testsReport` is the parsed JSON of a conformance --list run. */
export function lintContracts(testsReport?: TestsReport): LintResult {
  const errors: string[] = [];
  const operationFiles = readdirSync(path.join(CONTRACTS_DIR, 'operations'))
    .filter((file) => file.endsWith('.json'))
    .sort();
  const operations: Operation[] = [];
  for (const file of operationFiles) {
    const data = readContractJson<unknown>(path.join('operations', file));
    const operationErrors = checkOperation(data, file);
    errors.push(...operationErrors);
    if (operationErrors.length === 0) operations.push(data as Operation);
  }
  const register = readContractJson<unknown>('requirements.json');
  const registerErrors = checkRegister(register);
  errors.push(...registerErrors);
  const requirements = registerErrors.length === 0 ? (register as RequirementRegister).requirements : [];

  const index = loadAnswerSchemaIndex();
  const schemaFiles = Object.values(index.kinds).flatMap((entry) => [entry.json, entry.xml]);
  const schemas = Object.fromEntries(
    schemaFiles.map((file) => [file, readContractJson<unknown>(path.join('envelopes', file))]),
  );
  errors.push(...checkEnvelopeSchemas(schemas));

  const document = readContractJson<{ [rule: string]: { requirements?: string[] } | string }>(
    'envelopes/xml/document.json',
  );
  const documentIds = [
    ...Object.values(document).flatMap((rule) => (typeof rule === 'object' ? (rule.requirements ?? []) : [])),
    ...Object.values(schemas).flatMap(annotatedIds),
  ];
  if (requirements.length > 0) errors.push(...checkReferences(operations, requirements, documentIds));
  if (testsReport && requirements.length > 0) errors.push(...checkTestCoverage(requirements, testsReport));
  return { errors, counts: countByLevel(requirements), operations: operations.length };
}

function main(argv: string[]): number {
  const testsFlag = argv.indexOf('--tests');
  const testsFile = testsFlag >= 0 ? argv[testsFlag + 1] : undefined;
  if (testsFlag >= 0 && !testsFile) {
    console.error(
      'lint: --tests needs the path of a `playwright test --list --reporter=json --project=conformance` output file',
    );
    return 1;
  }
  const report = testsFile
    ? parseTestsReport(readFileSync(testsFile, 'utf8'))
    : argv.includes('--list-tests')
      ? listConformanceTests()
      : undefined;
  const { errors, counts, operations } = lintContracts(report);
  console.log(
    `contracts: ${operations} operations; requirements: ${counts.total} ` +
      `(documented ${counts.documented}, inferred ${counts.inferred}, ambiguous ${counts.ambiguous}; ` +
      `untestable ${counts.untestable})`,
  );
  if (errors.length > 0) {
    console.error(`contract lint failed with ${errors.length} error(s):`);
    for (const error of errors) console.error(`  - ${error}`);
    return 1;
  }
  console.log(
    report ? 'contract lint passed (every requirement is tested or marked untestable)' : 'contract lint passed',
  );
  return 0;
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  process.exitCode = main(process.argv.slice(2));
}
