import type { FastifySchemaCompiler } from 'fastify';
import type { TSchema } from 'typebox';
import { Compile } from 'typebox/compile';
import { Value } from 'typebox/value';

/**
 * Validates with TypeBox's compiled checks. Each schema is compiled on its first use, not at start-up,
 * so a cold process only pays for the routes it serves. Body values are checked as sent (no coercion:
 * `"12"` is not a number); querystring, params and headers are converted first (`?limit=5` is 5).
 */
export const typeboxValidatorCompiler: FastifySchemaCompiler<TSchema> = ({ schema, httpPart }) => {
  let compiled: ReturnType<typeof Compile> | undefined;
  const convert = httpPart !== 'body';
  return (input: unknown) => {
    compiled ??= Compile(schema);
    const value = convert ? Value.Convert(schema, input) : input;
    if (compiled.Check(value)) return { value };
    return { error: compiled.Errors(value) as never };
  };
};

/** Responses are plain JSON: the repository answers the documented shape, so nothing is compiled at init. */
export const jsonSerializerCompiler = () => (data: unknown) => JSON.stringify(data);
