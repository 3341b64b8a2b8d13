import { dynamoInteger, dynamoNumber, IdSchema, patchSchema, Type } from '@pik/service-kit';
import { Ajv } from 'ajv';
import ajvDraft04 from 'ajv-draft-04';
import { describe, expect, it } from 'vitest';
import { DRAFT4_SCHEMA_URI, toDraft4Schema } from './json-schema-draft4.js';

// What Fastify validates with (ajv, draft 7) and what the gateway's models are read as (draft 4).
const draft7 = new Ajv({ strict: false });
const draft4 = new ajvDraft04.default({ strict: false });

/** A create body built the way the services build theirs (kit builders, literal unions, bounds). */
const Create = Type.Object(
  {
    customerId: IdSchema,
    currency: Type.Union([Type.Literal('EUR'), Type.Literal('USD')]),
    lines: Type.Array(
      Type.Object(
        {
          quantity: dynamoInteger({ minimum: 1, maximum: 1000 }),
          unitPrice: dynamoNumber({ minimum: 0, maximum: 1_000_000 }),
          weight: dynamoNumber({ minimum: -5, maximum: 5 }),
        },
        { additionalProperties: false },
      ),
      { minItems: 1, maxItems: 3 },
    ),
    note: Type.Optional(Type.String({ maxLength: 10 })),
  },
  { additionalProperties: false, title: 'Create' },
);
const Patch = patchSchema(Type.Object({ status: Type.Optional(Type.Union([Type.Literal('paid')])) }));

const id = '0b6c9c1e-1c43-4a8e-9a55-1e0c1c1c1c1c';
const line = { quantity: 2, unitPrice: 9.5, weight: 0 };
const CREATE_BODIES: unknown[] = [
  { customerId: id, currency: 'EUR', lines: [line] },
  { customerId: id, currency: 'EUR', lines: [line], note: 'short' },
  { customerId: id, currency: 'GBP', lines: [line] },
  { customerId: 'nope', currency: 'EUR', lines: [line] },
  { customerId: id, currency: 'EUR', lines: [] },
  { customerId: id, currency: 'EUR', lines: [line, line, line, line] },
  { customerId: id, currency: 'EUR', lines: [{ ...line, quantity: 0 }] },
  { customerId: id, currency: 'EUR', lines: [{ ...line, quantity: 1.5 }] },
  { customerId: id, currency: 'EUR', lines: [{ ...line, unitPrice: 1e-200 }] },
  { customerId: id, currency: 'EUR', lines: [{ ...line, weight: -1e-200 }] },
  { customerId: id, currency: 'EUR', lines: [{ ...line, weight: -4.5 }] },
  { customerId: id, currency: 'EUR', lines: [{ ...line, extra: 1 }] },
  { customerId: id, currency: 'EUR', lines: [line], note: 'far too long a note' },
  { customerId: id, lines: [line] },
  'a string',
];
const PATCH_BODIES: unknown[] = [
  { version: 1, status: 'paid' },
  { version: 1 },
  { version: 0, status: 'paid' },
  {},
];

describe('TypeBox schema -> API Gateway model (JSON Schema draft 4)', () => {
  it.each([
    ['create', Create, CREATE_BODIES],
    ['patch', Patch, PATCH_BODIES],
  ])(
    'the %s model is valid draft 4 and gives every sample body the verdict Fastify gives',
    (_, schema, bodies) => {
      const model = toDraft4Schema(schema);
      expect(model.$schema).toBe(DRAFT4_SCHEMA_URI);
      expect(draft4.validateSchema(model)).toBe(true);
      const service = draft7.compile(schema);
      const gateway = draft4.compile(model);
      const verdicts = bodies.map((b) => [service(b), gateway(b)]);
      expect(verdicts.map(([s]) => s)).toEqual(verdicts.map(([, g]) => g));
      // The samples exercise both verdicts, so agreement is not vacuous.
      expect(new Set(verdicts.map(([s]) => s))).toEqual(new Set([true, false]));
    },
  );

  it('const becomes enum; numeric exclusive bounds become draft-4 boolean flags', () => {
    const model = toDraft4Schema({
      type: 'object',
      properties: { kind: { const: 'a' }, n: { type: 'number', exclusiveMinimum: 0, exclusiveMaximum: 10 } },
    });
    expect(model.properties).toEqual({
      kind: { enum: ['a'] },
      n: { type: 'number', minimum: 0, exclusiveMinimum: true, maximum: 10, exclusiveMaximum: true },
    });
    const check = draft4.compile(model);
    expect([0, 0.1, 9.9, 10].map((n) => check({ n }))).toEqual([false, true, true, false]);
  });

  it('keeps the stricter of an inclusive and an exclusive bound', () => {
    expect(toDraft4Schema({ type: 'number', minimum: 5, exclusiveMinimum: 1 })).toEqual({
      $schema: DRAFT4_SCHEMA_URI,
      type: 'number',
      minimum: 5,
    });
  });

  it('$defs become definitions and references follow them; property names are never rewritten', () => {
    const model = toDraft4Schema({
      $id: 'x',
      $defs: { Id: { type: 'string' } },
      type: 'object',
      properties: { const: { $ref: '#/$defs/Id' } },
    });
    expect(model).toEqual({
      $schema: DRAFT4_SCHEMA_URI,
      definitions: { Id: { type: 'string' } },
      type: 'object',
      properties: { const: { $ref: '#/definitions/Id' } },
    });
    expect(draft4.compile(model)({ const: 1 })).toBe(false);
  });

  it('refuses a keyword draft 4 cannot express, naming it and where it is', () => {
    expect(() => toDraft4Schema({ type: 'object', properties: { a: { if: { type: 'string' } } } })).toThrow(
      "#/properties/a: 'if' has no JSON Schema draft 4 form",
    );
  });
});
