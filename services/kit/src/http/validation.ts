import type { FastifySchemaCompiler } from 'fastify';
import type { TSchema } from 'typebox';
import { Compile } from 'typebox/compile';

type Validator = ReturnType<typeof Compile>;
type Coerce = (text: string) => unknown;

/** How a query, path or header string becomes the scalar its schema asks for (`?limit=5` is 5). */
const NUMERIC = /^\s*[-+]?(\d+\.?\d*|\.\d+)([eE][-+]?\d+)?\s*$/;
const COERCE: Record<string, Coerce> = {
  integer: (text) => (NUMERIC.test(text) ? Number(text) : text),
  number: (text) => (NUMERIC.test(text) ? Number(text) : text),
  boolean: (text) => (text === 'true' ? true : text === 'false' ? false : text),
};

/**
 * The top-level properties of an object schema that take a number or boolean, with their conversion.
 * HTTP parts other than the body arrive as strings; only these properties ever need converting.
 */
function scalarCoercions(schema: TSchema): Array<[string, Coerce]> {
  const properties = (schema as { properties?: Record<string, { type?: unknown }> }).properties ?? {};
  const out: Array<[string, Coerce]> = [];
  for (const [name, property] of Object.entries(properties)) {
    const coerce = typeof property.type === 'string' ? COERCE[property.type] : undefined;
    if (coerce) out.push([name, coerce]);
  }
  return out;
}

/**
 * Validates with TypeBox's compiled checks. Each schema is compiled on its first use, not at start-up,
 * so a cold process only pays for the routes it serves. Body values are checked as sent (no coercion:
 * `"12"` is not a number); querystring, params and headers convert the string values of their numeric
 * and boolean properties first (`?limit=5` is 5), and only those: the rest are checked as they came.
 */
export const typeboxValidatorCompiler: FastifySchemaCompiler<TSchema> = ({ schema, httpPart }) => {
  let compiled: Validator | undefined;
  const coercions = httpPart === 'body' ? [] : scalarCoercions(schema);
  return (input: unknown) => {
    compiled ??= Compile(schema);
    let value = input;
    if (coercions.length > 0 && input !== null && typeof input === 'object') {
      const source = input as Record<string, unknown>;
      let converted: Record<string, unknown> | undefined;
      for (const [name, coerce] of coercions) {
        const raw = source[name];
        if (typeof raw !== 'string') continue;
        converted ??= { ...source };
        converted[name] = coerce(raw);
      }
      if (converted) value = converted;
    }
    if (compiled.Check(value)) return { value };
    return { error: compiled.Errors(value) as never };
  };
};

/** Responses are plain JSON: the repository answers the documented shape, so nothing is compiled at init. */
export const jsonSerializerCompiler = () => (data: unknown) => JSON.stringify(data);
