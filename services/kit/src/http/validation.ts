import type { FastifySchemaCompiler } from 'fastify';
import type { TSchema } from 'typebox';

type CompileModule = typeof import('typebox/compile');
type Validator = ReturnType<CompileModule['Compile']>;
type Coerce = (text: string) => unknown;

/**
 * How a query, path or header string becomes the scalar its schema asks for (`?limit=5` is 5). An integer
 * is converted only from plain decimal digits: `1.5`, `1e3` or `9007199254740990.9` (which a double would
 * round to an integer) stay strings and fail as "must be integer". Out-of-range values are converted and
 * then refused by the schema's bounds, naming the parameter.
 */
const NUMERIC = /^\s*[-+]?(\d+\.?\d*|\.\d+)([eE][-+]?\d+)?\s*$/;
const DECIMAL_INTEGER = /^\s*[-+]?\d+\s*$/;
const COERCE: Record<string, Coerce> = {
  integer: (text) => (DECIMAL_INTEGER.test(text) ? Number(text) : text),
  number: (text) => (NUMERIC.test(text) ? Number(text) : text),
  boolean: (text) => (text === 'true' ? true : text === 'false' ? false : text),
};

interface ScalarSchema {
  type?: unknown;
  anyOf?: ScalarSchema[];
}

/** The scalar type a property takes: its `type`, or the one type shared by every branch of its `anyOf`. */
function scalarType(property: ScalarSchema): string | undefined {
  if (typeof property.type === 'string') return property.type;
  const types = new Set((property.anyOf ?? []).map((branch) => branch.type));
  const [only] = types;
  return types.size === 1 && typeof only === 'string' ? only : undefined;
}

/**
 * The top-level properties of an object schema that take a number or boolean, with their conversion.
 * HTTP parts other than the body arrive as strings; only these properties ever need converting.
 */
function scalarCoercions(schema: TSchema): Array<[string, Coerce]> {
  const properties = (schema as { properties?: Record<string, ScalarSchema> }).properties ?? {};
  const out: Array<[string, Coerce]> = [];
  for (const [name, property] of Object.entries(properties)) {
    const type = scalarType(property);
    const coerce = type ? COERCE[type] : undefined;
    if (coerce) out.push([name, coerce]);
  }
  return out;
}

/**
 * TypeBox's schema compiler, imported on first use: a Lambda bundle keeps it in a chunk of its own that
 * a cold start loads only when the first request with a schema arrives (a health check never does).
 */
let compileModule: CompileModule | undefined;
let compileModuleLoading: Promise<CompileModule> | undefined;
function loadCompileModule(): Promise<CompileModule> {
  compileModuleLoading ??= import('typebox/compile').then((loaded) => {
    compileModule = loaded;
    return loaded;
  });
  return compileModuleLoading;
}

/** A validation failure carried by a rejected promise: Fastify answers it as it answers a sync one. */
class SchemaValidationError extends Error {
  readonly validation: unknown;
  constructor(validation: unknown) {
    super('schema validation failed');
    this.validation = validation;
  }
}

/**
 * Validates with TypeBox's compiled checks. Each schema is compiled on its first use, not at start-up,
 * so a cold process only pays for the routes it serves. Body values are checked as sent (no coercion:
 * `"12"` is not a number); querystring, params and headers convert the string values of their numeric
 * and boolean properties first (`?limit=5` is 5), and only those: the rest are checked as they came.
 * Until the compiler module has loaded (the first validated request of a process), the validator
 * answers with a promise, which Fastify awaits; the converted values are then written into the request
 * part itself, because Fastify takes only pass or fail from an asynchronous validator.
 */
export const typeboxValidatorCompiler: FastifySchemaCompiler<TSchema> = ({ schema, httpPart }) => {
  let compiled: Validator | undefined;
  const coercions = httpPart === 'body' ? [] : scalarCoercions(schema);
  const coerce = (input: unknown, inPlace: boolean): unknown => {
    if (coercions.length === 0 || input === null || typeof input !== 'object') return input;
    const source = input as Record<string, unknown>;
    let converted: Record<string, unknown> | undefined;
    for (const [name, convert] of coercions) {
      const raw = source[name];
      if (typeof raw !== 'string') continue;
      converted ??= inPlace ? source : { ...source };
      converted[name] = convert(raw);
    }
    return converted ?? input;
  };
  const validate = (input: unknown) => {
    compiled ??= (compileModule as CompileModule).Compile(schema);
    const value = coerce(input, false);
    if (compiled.Check(value)) return { value };
    return { error: compiled.Errors(value) as never };
  };
  return (input: unknown) => {
    if (compiled || compileModule) return validate(input);
    return loadCompileModule().then((loaded) => {
      compiled ??= loaded.Compile(schema);
      const value = coerce(input, true);
      if (compiled.Check(value)) return true;
      throw new SchemaValidationError(compiled.Errors(value));
    }) as never;
  };
};

/** Responses are plain JSON: the repository answers the documented shape, so nothing is compiled at init. */
export const jsonSerializerCompiler = () => (data: unknown) => JSON.stringify(data);
