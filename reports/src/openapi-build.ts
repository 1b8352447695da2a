import type {
  AnswerKind,
  Constraint,
  Endpoint,
  Format,
  Operation,
  Parameter,
  Requirement,
} from '../../lib/contracts/types.ts';
import { constraintText, contractRequirementIds, effectText } from './contract-text.ts';

type Json = Record<string, unknown>;
export type EnvelopeSchemaLoader = (kind: AnswerKind, format: Format) => Json;

const MEDIA: Record<Format, string> = { json: 'application/json', xml: 'application/xml' };
const componentName = (kind: AnswerKind, format: Format): string =>
  kind.replace(/(^|-)(\w)/g, (_m, _dash: string, ch: string) => ch.toUpperCase()) +
  (format === 'json' ? 'Json' : 'Xml');

/** A stored envelope schema as an OpenAPI component: identity keywords dropped, local refs re-rooted. */
function asComponent(schema: Json, name: string): Json {
  const rewrite = (value: unknown): unknown => {
    if (Array.isArray(value)) return value.map(rewrite);
    if (!value || typeof value !== 'object') return value;
    return Object.fromEntries(
      Object.entries(value)
        .filter(([key]) => key !== '$schema' && key !== '$id')
        .map(([key, item]) => [
          key,
          key === '$ref' && typeof item === 'string' && item.startsWith('#/')
            ? `#/components/schemas/${name}/${item.slice(2)}`
            : rewrite(item),
        ]),
    );
  };
  return rewrite(schema) as Json;
}

/** The JSON Schema of one parameter; limits only where every sharing operation agrees. */
function parameterSchema(uses: Parameter[]): Json {
  const first = uses[0]!;
  const agreed = (kind: Constraint['kind']): Constraint[] => {
    const lists = uses.map((p) => p.constraints.filter((c) => c.kind === kind && c.enforcement === 'enforced'));
    const keys = lists.map((list) => JSON.stringify(list.map(({ accepting: _a, refusing: _r, ...rest }) => rest)));
    return keys.every((key) => key === keys[0]) ? lists[0]! : [];
  };
  const item: Json = { type: 'string' };
  for (const c of agreed('maxLength')) if (c.kind === 'maxLength') item.maxLength = c.value;
  for (const c of agreed('minLength')) if (c.kind === 'minLength') item.minLength = c.value;
  for (const c of agreed('format')) if (c.kind === 'format') item.format = c.format === 'ipv4' ? 'ipv4' : c.format;
  for (const c of agreed('oneOf')) if (c.kind === 'oneOf') item.enum = c.values;
  return first.repeated ? { type: 'array', items: item } : item;
}

function parameterDescription(uses: [Operation, Parameter][]): string {
  return uses
    .map(([operation, p]) => {
      const rules = p.constraints.map(constraintText).join('; ');
      const requirements = p.seed.requirements ? ` (${p.seed.requirements})` : '';
      return `${operation.id}: ${p.presence}. ${p.seed.description}${requirements}${rules ? `. Rules: ${rules}` : ''}`;
    })
    .join('\n');
}

/** Parameters of every operation on one endpoint, merged by name (selectors and credentials excluded). */
function mergedParameters(
  operations: Operation[],
): { name: string; required: boolean; schema: Json; description: string; repeated: boolean }[] {
  const byName = new Map<string, [Operation, Parameter][]>();
  for (const operation of operations) {
    for (const p of operation.parameters) {
      if (p.role === 'credential' || p.role === 'selector') continue;
      for (const name of [p.name, ...(p.aliases ?? [])])
        byName.set(name, [...(byName.get(name) ?? []), [operation, p]]);
    }
  }
  return [...byName].map(([name, uses]) => ({
    name,
    // Required in OpenAPI only if every operation behind the path requires it: the rest is in x-operations.
    required:
      uses.length === operations.length &&
      uses.every(([, p]) => p.presence === 'required') &&
      !uses.some(([, p]) => p.aliases?.includes(name)),
    schema: parameterSchema(uses.map(([, p]) => p)),
    description: parameterDescription(uses),
    repeated: !!uses[0]![1].repeated,
  }));
}

function selectorParameters(operations: Operation[]): { name: string; values: string[] }[] {
  const names = [...new Set(operations.flatMap((o) => Object.keys(o.selectors)))];
  return names.map((name) => ({
    name,
    values: [...new Set(operations.flatMap((o) => (o.selectors[name] ? [o.selectors[name]] : [])))],
  }));
}

function xOperation(operation: Operation, register: Map<string, Requirement>): Json {
  return {
    id: operation.id,
    title: operation.title,
    selectors: operation.selectors,
    parameters: operation.parameters
      .filter((p) => p.role !== 'credential' && p.role !== 'selector')
      .map((p) => ({
        name: p.name,
        aliases: p.aliases,
        presence: p.presence,
        repeated: p.repeated,
        schema: parameterSchema([p]),
        rules: p.constraints.map(constraintText),
      })),
    answers: operation.answers,
    effect: effectText(operation.effect),
    requirements: contractRequirementIds(operation).map((id) => ({
      id,
      level: register.get(id)?.level ?? 'unregistered',
    })),
  };
}

const CANNOT_EXPRESS =
  'OpenAPI keys operations by path and method; this API selects several operations on one path by the query ' +
  'parameters method and task (reseller.manage serves nine operations). Each path therefore has one OpenAPI ' +
  'operation whose parameters are the union of the operations behind it; which parameters each selected operation ' +
  'takes, which are required, their limits, the answers and the effect are listed per operation in x-operations. ' +
  'OpenAPI also cannot say that errors travel with HTTP 200 (the real service did) or that limits count Unicode ' +
  'code points.';

export function buildOpenApi(
  operations: Operation[],
  register: Map<string, Requirement>,
  envelope: EnvelopeSchemaLoader,
  version: string,
): Json {
  const endpoints = [...new Set(operations.map((o) => o.endpoint))] as Endpoint[];
  const schemas: Json = {};
  const paths: Json = {};
  for (const endpoint of endpoints) {
    const behind = operations.filter((o) => o.endpoint === endpoint);
    const formats = [...new Set(behind.flatMap((o) => o.formats))];
    const verbs = [...new Set(behind.flatMap((o) => o.verbs))];
    const parameters = mergedParameters(behind);
    const selectors = selectorParameters(behind);
    for (const format of formats) {
      const kinds = [
        ...new Set(
          behind.flatMap((o) => [
            o.answers.success,
            ...o.answers.refusal,
            ...(o.answers.unknownUser ?? []),
            ...o.answers.unauthenticated,
          ]),
        ),
      ];
      for (const kind of kinds)
        schemas[componentName(kind, format)] ??= asComponent(envelope(kind, format), componentName(kind, format));
      const response = {
        description:
          `Every answer, success or refusal, in the ${format.toUpperCase()} envelope of its kind ` +
          `(${kinds.join(', ')}). Errors may come with any status below 500 (the real service used 200).` +
          (format === 'xml'
            ? ' The XML schemas describe the tree fast-xml-parser builds with ' +
              'contracts/envelopes/xml/parser-options.json, not the raw XML; the document is ISO-8859-1.'
            : ''),
        content: {
          [MEDIA[format]]: {
            schema: { oneOf: kinds.map((kind) => ({ $ref: `#/components/schemas/${componentName(kind, format)}` })) },
          },
        },
      };
      const queryParameters = [
        ...selectors.map((s) => ({
          name: s.name,
          in: 'query',
          required: behind.every((o) => o.selectors[s.name]),
          schema: { type: 'string', enum: s.values },
          description: `Selects the operation (see x-operations).`,
        })),
        ...parameters.map((p) => ({
          name: p.name,
          in: 'query',
          required: p.required,
          description: p.description,
          schema: p.schema,
          ...(p.repeated ? { style: 'form', explode: true } : {}),
        })),
      ];
      const formBody = {
        required: true,
        content: {
          'application/x-www-form-urlencoded': {
            schema: {
              type: 'object',
              required: queryParameters.filter((p) => p.required).map((p) => p.name),
              properties: Object.fromEntries(
                queryParameters.map((p) => [p.name, { ...p.schema, description: p.description }]),
              ),
            },
          },
        },
      };
      const xOperations = behind.filter((o) => o.formats.includes(format)).map((o) => xOperation(o, register));
      const summary = behind.map((o) => o.title).join('; ');
      const pathItem: Json = {};
      for (const verb of verbs) {
        pathItem[verb.toLowerCase()] = {
          operationId: `${endpoint.replace('.', '_')}_${format}_${verb.toLowerCase()}`,
          summary,
          description: behind.length > 1 ? `${CANNOT_EXPRESS}` : `${behind[0]!.summary}`,
          ...(verb === 'GET' ? { parameters: queryParameters } : { requestBody: formBody }),
          responses: { '200': response },
          'x-operations': xOperations,
        };
      }
      paths[`/apiv2/${endpoint}.${format}`] = pathItem;
    }
  }
  return {
    openapi: '3.1.0',
    info: {
      title: 'SendGrid Reseller Customer Management API (Web API v2), from the conformance contracts',
      version,
      description: `Derived from contracts/ of the conformance suite. ${CANNOT_EXPRESS}`,
    },
    servers: [{ url: 'https://api.sendgrid.com' }],
    security: [{ apiUser: [], apiKey: [] }],
    paths,
    components: {
      securitySchemes: {
        apiUser: {
          type: 'apiKey',
          in: 'query',
          name: 'api_user',
          description: 'The reseller account name (also accepted as a form field in POST).',
        },
        apiKey: {
          type: 'apiKey',
          in: 'query',
          name: 'api_key',
          description: 'The reseller password or key (also accepted as a form field in POST).',
        },
      },
      schemas,
    },
    'x-cannot-express': CANNOT_EXPRESS,
  };
}
