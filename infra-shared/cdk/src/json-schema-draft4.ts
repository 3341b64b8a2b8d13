/**
 * API Gateway models are JSON Schema draft 4 (models-mappings-models); the services' TypeBox schemas are
 * written for the draft Fastify's ajv reads (draft 7). This converts one into the other so one schema
 * validates at the gateway and in the service. Hand-written: the keyword differences that matter are few
 * (`const`, numeric `exclusiveMinimum`/`exclusiveMaximum`, `$defs`), and the converters on npm target
 * OpenAPI or the newer drafts.
 */

export const DRAFT4_SCHEMA_URI = 'http://json-schema.org/draft-04/schema#';

type Json = null | boolean | number | string | Json[] | { [key: string]: Json };
type JsonObject = { [key: string]: Json };

/** Keywords of later drafts with no draft-4 meaning that cannot be dropped without accepting more. */
const UNSUPPORTED = [
  'if',
  'then',
  'else',
  'contains',
  'propertyNames',
  'dependentSchemas',
  'unevaluatedProperties',
];

/** Annotations of later drafts, dropped (they never change what is valid). */
const DROPPED = new Set([
  '$id',
  '$schema',
  '$comment',
  'examples',
  'readOnly',
  'writeOnly',
  'contentMediaType',
  'contentEncoding',
]);

/**
 * The draft-4 form of a JSON schema (a TypeBox schema included: its non-enumerable markers are dropped):
 * `const: x` becomes `enum: [x]`, a numeric `exclusiveMinimum: n` becomes `minimum: n` with
 * `exclusiveMinimum: true` (likewise maximum), `$defs` become `definitions`. Throws on keywords draft 4
 * cannot express, naming the keyword and where it is.
 */
export function toDraft4Schema(schema: unknown): JsonObject {
  const plain = JSON.parse(JSON.stringify(schema)) as Json;
  const converted = convert(plain, '#');
  if (!isObject(converted)) throw new Error('a JSON schema must be an object');
  return { $schema: DRAFT4_SCHEMA_URI, ...converted };
}

function isObject(value: Json): value is JsonObject {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function convert(node: Json, at: string): Json {
  if (Array.isArray(node)) return node.map((item, i) => convert(item, `${at}/${i}`));
  if (!isObject(node)) return node;
  const out: JsonObject = {};
  for (const [key, value] of Object.entries(node)) {
    if (UNSUPPORTED.includes(key)) throw new Error(`${at}: '${key}' has no JSON Schema draft 4 form`);
    if (DROPPED.has(key)) continue;
    if (key === 'const') out.enum = [value];
    else if (
      key === '$defs' ||
      key === 'definitions' ||
      key === 'properties' ||
      key === 'patternProperties'
    ) {
      out[key === '$defs' ? 'definitions' : key] = convertEach(value, `${at}/${key}`);
    } else if (key === '$ref' && typeof value === 'string')
      out.$ref = value.replace('#/$defs/', '#/definitions/');
    else if (key === 'enum' || key === 'required' || key === 'default') out[key] = value;
    else out[key] = convert(value, `${at}/${key}`);
  }
  exclusiveBound(out, 'exclusiveMinimum', 'minimum', (a, b) => a >= b);
  exclusiveBound(out, 'exclusiveMaximum', 'maximum', (a, b) => a <= b);
  return out;
}

/** Children keyed by name (`properties`, `definitions`): each value is a schema, the keys are not keywords. */
function convertEach(value: Json, at: string): Json {
  if (!isObject(value)) return value;
  return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, convert(v, `${at}/${k}`)]));
}

/** Draft 6+ numeric exclusive bound -> draft 4 bound plus boolean flag, keeping the stricter of two bounds. */
function exclusiveBound(
  out: JsonObject,
  exclusive: 'exclusiveMinimum' | 'exclusiveMaximum',
  inclusive: 'minimum' | 'maximum',
  stricterOrEqual: (exclusiveBound: number, inclusiveBound: number) => boolean,
): void {
  const bound = out[exclusive];
  if (typeof bound !== 'number') return;
  const other = out[inclusive];
  if (typeof other === 'number' && !stricterOrEqual(bound, other)) {
    delete out[exclusive];
    return;
  }
  out[inclusive] = bound;
  out[exclusive] = true;
}
