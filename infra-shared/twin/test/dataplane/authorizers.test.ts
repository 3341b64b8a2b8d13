import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTokenIssuer } from '../../src/dataplane/auth/token-issuer.js';
import type { MintOptions, RunningTokenIssuer } from '../../src/dataplane/auth/types.js';
import { createApiGateway } from '../../src/dataplane/gateway/api-gateway.js';
import type { IntegrationConfig, RunningApiGateway } from '../../src/dataplane/gateway/types.js';
import { createHttpForwarder } from '../../src/dataplane/http-forwarder.js';
import { type Backend, send, startBackend } from './helpers.js';

const CLIENT = {
  clientId: 'bench-client',
  clientSecret: 's3cret-value',
  allowedScopes: ['pik/read', 'pik/write'],
};
const integration: IntegrationConfig = {
  id: 'svc',
  type: 'HTTP_PROXY',
  uri: 'http://svc.internal:8081/{proxy}',
};

let issuer: RunningTokenIssuer;
let backend: Backend;
let httpApi: RunningApiGateway;
let restApi: RunningApiGateway;
const forwarder = { close: () => {} };

beforeAll(async () => {
  issuer = await createTokenIssuer({ clients: [CLIENT] });
  backend = await startBackend('svc');
  const fwd = createHttpForwarder(() => ({ host: '127.0.0.1', port: backend.port, hops: [] }));
  forwarder.close = fwd.close;
  httpApi = await createApiGateway(
    {
      apiId: 'h',
      kind: 'http',
      stageName: '$default',
      authorizers: [
        // Keys fetched over HTTP from the issuer, as API Gateway fetches a JWKS.
        {
          kind: 'jwt',
          id: 'jwt',
          issuer: issuer.issuer,
          audience: [CLIENT.clientId],
          keys: { jwksUri: issuer.jwksUri },
        },
      ],
      routes: [
        {
          routeKey: 'GET /read/{proxy+}',
          integration,
          authorization: { authorizerId: 'jwt', scopes: ['pik/read'] },
        },
        { routeKey: 'GET /open', integration, authorization: { authorizerId: 'jwt' } },
      ],
    },
    { forward: fwd.forward },
  );
  restApi = await createApiGateway(
    {
      apiId: 'r',
      kind: 'rest',
      stageName: 'prod',
      authorizers: [
        { kind: 'cognito', id: 'pool', userPools: [{ issuer: issuer.issuer, keys: { jwks: issuer.jwks } }] },
      ],
      routes: [
        {
          routeKey: 'GET /scoped',
          integration,
          authorization: { authorizerId: 'pool', scopes: ['pik/write'] },
        },
        { routeKey: 'GET /unscoped', integration, authorization: { authorizerId: 'pool' } },
      ],
    },
    { forward: fwd.forward },
  );
});

afterAll(async () => {
  await Promise.all([httpApi.close(), restApi.close(), issuer.close(), backend.close()]);
  forwarder.close();
});

const bearer = (token: string) => ({ authorization: `Bearer ${token}` });

describe('local token issuer', () => {
  it('issues client-credentials access tokens at /oauth2/token with the requested scopes', async () => {
    const basic = Buffer.from(`${CLIENT.clientId}:${CLIENT.clientSecret}`).toString('base64');
    const url = new URL(issuer.tokenEndpoint);
    const reply = await send(Number(url.port), url.pathname, {
      method: 'POST',
      headers: { authorization: `Basic ${basic}`, 'content-type': 'application/x-www-form-urlencoded' },
      body: 'grant_type=client_credentials&scope=pik%2Fread',
    });
    expect(reply.status).toBe(200);
    const body = JSON.parse(reply.body) as { access_token: string; token_type: string; expires_in: number };
    expect(body.token_type).toBe('Bearer');
    expect(body.expires_in).toBe(3600);
    const claims = JSON.parse(Buffer.from(body.access_token.split('.')[1] as string, 'base64url').toString());
    expect(claims).toMatchObject({
      iss: issuer.issuer,
      client_id: CLIENT.clientId,
      token_use: 'access',
      scope: 'pik/read',
    });
    expect(issuer.issuer).toMatch(/^http:\/\/127\.0\.0\.1:\d+\/us-east-1_\w+$/);
    // and the gateway accepts it
    expect((await send(httpApi.port, '/read/x', { headers: bearer(body.access_token) })).status).toBe(200);
  });

  it('refuses a wrong secret, another grant type and scopes the client does not have', async () => {
    const url = new URL(issuer.tokenEndpoint);
    const post = (body: string) =>
      send(Number(url.port), url.pathname, {
        method: 'POST',
        headers: { 'content-type': 'application/x-www-form-urlencoded' },
        body,
      });
    expect(
      JSON.parse(
        (await post(`grant_type=client_credentials&client_id=${CLIENT.clientId}&client_secret=x`)).body,
      ),
    ).toEqual({
      error: 'invalid_client',
    });
    expect(
      JSON.parse(
        (await post(`grant_type=password&client_id=${CLIENT.clientId}&client_secret=${CLIENT.clientSecret}`))
          .body,
      ),
    ).toEqual({ error: 'unsupported_grant_type' });
    expect(
      JSON.parse(
        (
          await post(
            `grant_type=client_credentials&client_id=${CLIENT.clientId}&client_secret=${CLIENT.clientSecret}&scope=admin`,
          )
        ).body,
      ),
    ).toEqual({ error: 'invalid_scope' });
  });

  it('serves its JWKS', async () => {
    const url = new URL(issuer.jwksUri);
    const keys = JSON.parse((await send(Number(url.port), url.pathname)).body) as {
      keys: { kty: string; kid: string }[];
    };
    expect(keys.keys).toHaveLength(1);
    expect(keys.keys[0]?.kty).toBe('RSA');
  });
});

describe('HTTP API JWT authorizer', () => {
  const good: MintOptions = { clientId: CLIENT.clientId, scopes: ['pik/read'] };
  const cases: [string, MintOptions | undefined, string][] = [
    ['missing token', undefined, ''],
    ['expired', { ...good, expiresInSeconds: -60 }, 'expired'],
    ['not yet valid', { ...good, notBeforeInSeconds: 600 }, 'not valid yet'],
    [
      'wrong issuer',
      { ...good, issuer: 'https://cognito-idp.us-east-1.amazonaws.com/us-east-1_other' },
      'issuer',
    ],
    ['wrong audience', { ...good, audience: 'someone-else' }, 'audience'],
    ['bad signature', { ...good, signWithForeignKey: true }, 'signature'],
    ['alg none', { ...good, algNone: true }, ''],
    ['unknown kid', { ...good, unknownKid: true }, 'key'],
  ];

  for (const [name, options, description] of cases) {
    it(`${name}: 401 {"message":"Unauthorized"} with www-authenticate, backend never called`, async () => {
      const before = backend.calls;
      const headers = options ? bearer(await issuer.mint(options)) : {};
      const reply = await send(httpApi.port, '/read/x', { headers });
      expect(reply.status).toBe(401);
      expect(reply.body).toBe('{"message":"Unauthorized"}');
      expect(reply.headers['www-authenticate']).toMatch(
        /^Bearer scope="" error="invalid_token" error_description="/,
      );
      expect(reply.headers['www-authenticate']).toContain(description);
      expect(backend.calls).toBe(before);
    });
  }

  it('missing scope: 403 {"message":"Forbidden"} with insufficient_scope, backend never called', async () => {
    const before = backend.calls;
    const token = await issuer.mint({ clientId: CLIENT.clientId, scopes: ['pik/write'] });
    const reply = await send(httpApi.port, '/read/x', { headers: bearer(token) });
    expect(reply.status).toBe(403);
    expect(reply.body).toBe('{"message":"Forbidden"}');
    expect(reply.headers['www-authenticate']).toContain('error="insufficient_scope"');
    expect(backend.calls).toBe(before);
  });

  it('a valid token passes (with or without "Bearer "), and a route without scopes needs none', async () => {
    const before = backend.calls;
    const token = await issuer.mint(good);
    expect((await send(httpApi.port, '/read/x', { headers: bearer(token) })).status).toBe(200);
    expect((await send(httpApi.port, '/read/x', { headers: { authorization: token } })).status).toBe(200);
    const noScopes = await issuer.mint({ clientId: CLIENT.clientId });
    expect((await send(httpApi.port, '/open', { headers: bearer(noScopes) })).status).toBe(200);
    expect(backend.calls).toBe(before + 3);
  });

  it('a cached good token is refused once it expires', async () => {
    const token = await issuer.mint({ ...good, expiresInSeconds: 1 });
    expect((await send(httpApi.port, '/read/x', { headers: bearer(token) })).status).toBe(200);
    await new Promise((r) => setTimeout(r, 1100));
    expect((await send(httpApi.port, '/read/x', { headers: bearer(token) })).status).toBe(401);
  });
});

describe('REST Cognito authorizer', () => {
  it('method with scopes: an access token holding one passes; without it 401, backend never called', async () => {
    const before = backend.calls;
    const ok = await issuer.mint({ clientId: CLIENT.clientId, scopes: ['pik/write'] });
    expect((await send(restApi.port, '/prod/scoped', { headers: { authorization: ok } })).status).toBe(200);
    const wrongScope = await issuer.mint({ clientId: CLIENT.clientId, scopes: ['pik/read'] });
    const reply = await send(restApi.port, '/prod/scoped', { headers: { authorization: wrongScope } });
    expect(reply.status).toBe(401);
    expect(reply.body).toBe('{"message":"Unauthorized"}');
    expect(reply.headers['x-amzn-errortype']).toBe('UnauthorizedException');
    expect(backend.calls).toBe(before + 1);
  });

  it('method without scopes takes ID tokens and refuses access tokens; bad tokens are 401', async () => {
    const before = backend.calls;
    const id = await issuer.mint({ clientId: CLIENT.clientId, tokenUse: 'id', audience: CLIENT.clientId });
    expect((await send(restApi.port, '/prod/unscoped', { headers: { authorization: id } })).status).toBe(200);
    const access = await issuer.mint({ clientId: CLIENT.clientId, scopes: ['pik/read'] });
    expect((await send(restApi.port, '/prod/unscoped', { headers: { authorization: access } })).status).toBe(
      401,
    );
    for (const bad of [
      { clientId: CLIENT.clientId, tokenUse: 'id', expiresInSeconds: -5 },
      { clientId: CLIENT.clientId, tokenUse: 'id', algNone: true },
      { clientId: CLIENT.clientId, tokenUse: 'id', signWithForeignKey: true },
      { clientId: CLIENT.clientId, tokenUse: 'id', issuer: 'https://elsewhere' },
    ] satisfies MintOptions[]) {
      expect(
        (await send(restApi.port, '/prod/unscoped', { headers: { authorization: await issuer.mint(bad) } }))
          .status,
      ).toBe(401);
    }
    expect((await send(restApi.port, '/prod/unscoped')).status).toBe(401);
    expect(backend.calls).toBe(before + 1);
  });
});
