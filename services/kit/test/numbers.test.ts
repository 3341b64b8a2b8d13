import { Number as NumberType, Object as ObjectType } from 'typebox';
import { describe, expect, it } from 'vitest';
import { dynamoInteger, dynamoNumber, numericRuleViolations } from '../src/resource/numbers.js';

describe('numericRuleViolations: the check that every number comes from the one numeric rule', () => {
  it('passes the schemas dynamoInteger and dynamoNumber build, whatever their bounds', () => {
    const schema = ObjectType({
      price: dynamoNumber({ minimum: 0, maximum: 1_000_000 }),
      delta: dynamoNumber(),
      rate: dynamoNumber({ minimum: 0.5, maximum: 2 }),
      count: dynamoInteger({ minimum: 1 }),
    });
    expect(numericRuleViolations(schema)).toEqual([]);
  });

  it('names an unbounded number, a range past the safe integers and a range into the gap around zero', () => {
    const document = {
      paths: {
        '/things': {
          get: {
            parameters: [{ name: 'limit', in: 'query', schema: { type: 'integer', minimum: 1 } }],
          },
          post: {
            requestBody: {
              content: {
                'application/json': {
                  schema: ObjectType({
                    plain: NumberType(),
                    huge: { type: 'integer', minimum: 0, maximum: 2 ** 60 },
                    tiny: NumberType({ minimum: 0, maximum: 1 }),
                  }),
                },
              },
            },
          },
        },
      },
    };
    const body = '#/paths/~1things/post/requestBody/content/application~1json/schema/properties';
    expect(numericRuleViolations(document)).toEqual([
      '#/paths/~1things/get/parameters/0/schema: integer has no minimum and maximum',
      `${body}/plain: number has no minimum and maximum`,
      `${body}/huge: integer reaches beyond +-Number.MAX_SAFE_INTEGER`,
      `${body}/tiny: number admits magnitudes below 1e-130 other than 0`,
    ]);
  });
});
