/**
 * Invoking a function under an alias or version (`function:<name>:<qualifier>`): the template's aliases
 * and the versions they point at run; any other qualifier is Lambda's not found, before an environment
 * starts.
 */
import { afterAll, describe, expect, it } from 'vitest';
import { LambdaInvokeError, LambdaRuntime } from '../../src/runtime/lambda-runtime.js';
import { fixtureTopology } from '../fixtures.js';

const base = fixtureTopology('FixtureRestNlbToAlb').functions[0];
if (!base) throw new Error('fixture function missing');
const fn = { ...base, aliases: { v1: '1', test: '1' } };
const runtime = new LambdaRuntime([fn]);
afterAll(() => runtime.close());

const event = { httpMethod: 'GET', path: '/orders', headers: {} };

describe('Lambda qualifiers in the twin runtime', () => {
  it('runs an alias of the template, the version it points at, and the unqualified function', async () => {
    for (const qualifier of ['test', '1', '$LATEST', undefined]) {
      const result = await runtime.invoke(fn.id, event, qualifier ? { qualifier } : {});
      expect({ qualifier, status: (result.payload as { statusCode: number }).statusCode }).toEqual({
        qualifier,
        status: 200,
      });
    }
  });

  it("answers Lambda's not found for an alias the template does not have, naming the qualified ARN", async () => {
    const failed = await runtime.invoke(fn.id, event, { qualifier: 'prod' }).catch((e: unknown) => e);
    expect(failed).toBeInstanceOf(LambdaInvokeError);
    expect(failed).toMatchObject({ statusCode: 404 });
    expect((failed as Error).message).toMatch(/^Function not found: arn:aws:lambda:.*:function:.+:prod$/);
  });
});
