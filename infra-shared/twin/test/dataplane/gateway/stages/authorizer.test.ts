import { describe, expect, it } from 'vitest';
import type { AuthOutcome, Authorizer } from '../../../../src/dataplane/auth/authorizers.js';
import { authorizerStage } from '../../../../src/dataplane/gateway/stages/authorizer.js';
import { requestContext } from '../request-context.js';

/** An authorizer that answers `outcome` and remembers what it was asked (the stage is under test here). */
function answering(outcome: AuthOutcome) {
  const asked: { query: string; scopes: readonly string[] | undefined; auth: unknown }[] = [];
  const authorizer: Authorizer = {
    id: 'jwt',
    authorize: async (headers, query, scopes) => {
      asked.push({ query, scopes, auth: headers.authorization });
      return outcome;
    },
  };
  return { authorizer, asked };
}

describe('authorizer stage', () => {
  it('hands the verified claims and scopes on, after asking with the headers, query and required scopes', async () => {
    const { authorizer, asked } = answering({ ok: true, claims: { sub: 'c1' }, scopes: ['pik/read'] });
    const { context } = requestContext({ url: '/orders?token=x', headers: { authorization: 'Bearer t' } });
    expect(await authorizerStage('http', authorizer, ['pik/read']).run(context)).toBeUndefined();
    expect(context.authorizer).toEqual({ claims: { sub: 'c1' }, scopes: ['pik/read'] });
    expect(asked).toEqual([{ query: 'token=x', scopes: ['pik/read'], auth: 'Bearer t' }]);
  });

  it('HTTP API: a refused token carries a Bearer challenge naming invalid_token', async () => {
    const { authorizer } = answering({
      ok: false,
      error: 'unauthorized',
      description: 'the token is expired',
    });
    const { context } = requestContext();
    const refused = await authorizerStage('http', authorizer, ['pik/read']).run(context);
    expect(refused?.error).toBe('unauthorized');
    expect(refused?.headers).toEqual([
      'www-authenticate',
      'Bearer scope="" error="invalid_token" error_description="the token is expired"',
    ]);
    expect(context.authorizer).toBeUndefined();
  });

  it('HTTP API: a missing scope names the scopes the route requires', async () => {
    const { authorizer } = answering({ ok: false, error: 'insufficientScope', description: 'no scope' });
    const refused = await authorizerStage('http', authorizer, ['pik/read', 'pik/write']).run(
      requestContext().context,
    );
    expect(refused?.error).toBe('insufficientScope');
    expect(refused?.headers?.[1]).toBe(
      'Bearer scope="pik/read pik/write" error="insufficient_scope" error_description="no scope"',
    );
  });

  it('REST: refusals carry no challenge header', async () => {
    const { authorizer } = answering({ ok: false, error: 'unauthorized', description: 'bad' });
    const refused = await authorizerStage('rest', authorizer, undefined).run(requestContext().context);
    expect(refused).toEqual({ error: 'unauthorized', headers: undefined });
  });
});
