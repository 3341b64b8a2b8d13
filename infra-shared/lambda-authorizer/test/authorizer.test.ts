/**
 * The authorizer against a local key set served over HTTP (as Cognito serves `/.well-known/jwks.json`),
 * with tokens shaped like Cognito's client-credentials access tokens.
 */
import { randomUUID } from 'node:crypto';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { exportJWK, generateKeyPair, type JWTPayload, SignJWT } from 'jose';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  AUTHORIZER_ENV,
  createAuthorizerHandler,
  createTokenVerifier,
  type HttpRequestEvent,
  type IamPolicyResponse,
  type RestTokenEvent,
  type SimpleResponse,
  settingsFromEnv,
  WEBSOCKET_TOKEN_QUERY_PARAMETER,
  type WebSocketConnectEvent,
} from '../src/index.js';

const ISSUER = 'https://cognito-idp.eu-west-1.amazonaws.com/eu-west-1_Pool';
const CLIENT = 'client-abc';
const METHOD_ARN = 'arn:aws:execute-api:eu-west-1:123456789012:api1234/v1/GET/orders/7';
const kid = randomUUID();
let keys: Awaited<ReturnType<typeof generateKeyPair>>;
let foreign: Awaited<ReturnType<typeof generateKeyPair>>;
let server: Server;
let jwksFetches = 0;
let handler: ReturnType<typeof createAuthorizerHandler>;

beforeAll(async () => {
  keys = await generateKeyPair('RS256', { extractable: true });
  foreign = await generateKeyPair('RS256');
  const jwks = JSON.stringify({
    keys: [{ ...(await exportJWK(keys.publicKey)), kid, alg: 'RS256', use: 'sig' }],
  });
  server = createServer((_req, res) => {
    jwksFetches++;
    res.writeHead(200, { 'content-type': 'application/json' }).end(jwks);
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  const settings = settingsFromEnv({
    [AUTHORIZER_ENV.issuer]: ISSUER,
    [AUTHORIZER_ENV.jwksUrl]: `http://127.0.0.1:${port}/eu-west-1_Pool/.well-known/jwks.json`,
    [AUTHORIZER_ENV.clientIds]: `${CLIENT},client-other`,
    [AUTHORIZER_ENV.scope]: 'pik/invoke',
  });
  handler = createAuthorizerHandler(createTokenVerifier(settings));
});
afterAll(() => new Promise<void>((resolve) => server.close(() => resolve())));

interface TokenOptions {
  readonly claims?: JWTPayload;
  readonly expiresIn?: number;
  readonly signWith?: Parameters<SignJWT['sign']>[0];
  readonly issuer?: string;
}

async function token(options: TokenOptions = {}): Promise<string> {
  const now = Math.floor(Date.now() / 1000);
  return new SignJWT({
    sub: CLIENT,
    client_id: CLIENT,
    token_use: 'access',
    scope: 'pik/invoke',
    ...options.claims,
  })
    .setProtectedHeader({ alg: 'RS256', kid })
    .setIssuer(options.issuer ?? ISSUER)
    .setIssuedAt(now - 10)
    .setExpirationTime(now + (options.expiresIn ?? 3600))
    .sign(options.signWith ?? keys.privateKey);
}

const rest = (authorizationToken?: string) =>
  handler({
    type: 'TOKEN',
    methodArn: METHOD_ARN,
    ...(authorizationToken ? { authorizationToken } : {}),
  } as RestTokenEvent);
const http = (authorization: string) =>
  handler({
    version: '2.0',
    type: 'REQUEST',
    routeArn: 'arn:aws:execute-api:eu-west-1:123456789012:api1234/$default/GET/orders',
    identitySource: [authorization],
  } as HttpRequestEvent) as Promise<SimpleResponse>;

describe('REST TOKEN authorizer', () => {
  it('allows a valid access token on every method of the stage, with the caller in the context', async () => {
    const policy = (await rest(await token())) as IamPolicyResponse;
    expect(policy).toEqual({
      principalId: CLIENT,
      policyDocument: {
        Version: '2012-10-17',
        Statement: [
          {
            Action: 'execute-api:Invoke',
            Effect: 'Allow',
            Resource: 'arn:aws:execute-api:eu-west-1:123456789012:api1234/v1/*',
          },
        ],
      },
      context: { sub: CLIENT, scope: 'pik/invoke', clientId: CLIENT },
    });
    expect(
      ((await rest(`Bearer ${await token()}`)) as IamPolicyResponse).policyDocument.Statement[0]?.Effect,
    ).toBe('Allow');
  });

  it('answers Unauthorized (401) for a missing, expired, foreign-signed, other-issuer, id or other-client token', async () => {
    const refused = [
      undefined,
      'not-a-jwt',
      await token({ expiresIn: -60 }),
      await token({ signWith: foreign.privateKey }),
      await token({ issuer: 'https://cognito-idp.eu-west-1.amazonaws.com/eu-west-1_Other' }),
      await token({ claims: { token_use: 'id' } }),
      await token({ claims: { client_id: 'client-elsewhere' } }),
    ];
    for (const value of refused) await expect(rest(value)).rejects.toThrow(/^Unauthorized$/);
  });

  it('denies (403) a valid token that lacks the scope', async () => {
    const policy = (await rest(await token({ claims: { scope: 'pik/read' } }))) as IamPolicyResponse;
    expect(policy.policyDocument.Statement[0]).toMatchObject({ Effect: 'Deny' });
    expect(policy.context.scope).toBe('pik/read');
  });
});

describe('HTTP API simple-response authorizer', () => {
  it('authorizes a valid Bearer token with the caller in the context and refuses an invalid one', async () => {
    expect(await http(`Bearer ${await token()}`)).toEqual({
      isAuthorized: true,
      context: { sub: CLIENT, scope: 'pik/invoke', clientId: CLIENT },
    });
    expect(await http(`Bearer ${await token({ signWith: foreign.privateKey })}`)).toEqual({
      isAuthorized: false,
    });
    expect(await http(`Bearer ${await token({ claims: { scope: '' } })}`)).toEqual({ isAuthorized: false });
  });
});

const connect = (query: Record<string, string> | null) =>
  handler({
    type: 'REQUEST',
    methodArn: 'arn:aws:execute-api:eu-west-1:123456789012:ws1234/live/$connect',
    queryStringParameters: query,
    requestContext: { eventType: 'CONNECT', routeKey: '$connect' },
  } as WebSocketConnectEvent) as Promise<IamPolicyResponse>;

describe('WebSocket $connect REQUEST authorizer (token in the query string)', () => {
  it('allows a valid token from the token query parameter on the whole stage', async () => {
    const policy = await connect({ [WEBSOCKET_TOKEN_QUERY_PARAMETER]: await token() });
    expect(policy.policyDocument.Statement[0]).toEqual({
      Action: 'execute-api:Invoke',
      Effect: 'Allow',
      Resource: 'arn:aws:execute-api:eu-west-1:123456789012:ws1234/live/*',
    });
    expect(policy.context.clientId).toBe(CLIENT);
  });

  it('throws Unauthorized (401 at the handshake) without a token, or with an invalid one', async () => {
    await expect(connect(null)).rejects.toThrow(/^Unauthorized$/);
    await expect(connect({ other: await token() })).rejects.toThrow(/^Unauthorized$/);
    const expired = await token({ expiresIn: -60 });
    await expect(connect({ [WEBSOCKET_TOKEN_QUERY_PARAMETER]: expired })).rejects.toThrow(/^Unauthorized$/);
  });

  it('denies (403 at the handshake) a valid token without the scope', async () => {
    const policy = await connect({
      [WEBSOCKET_TOKEN_QUERY_PARAMETER]: await token({ claims: { scope: 'x' } }),
    });
    expect(policy.policyDocument.Statement[0]?.Effect).toBe('Deny');
  });
});

describe('key set and settings', () => {
  it('fetches the key set once and verifies later tokens from memory', async () => {
    const before = jwksFetches;
    for (let i = 0; i < 5; i++) await rest(await token());
    expect(jwksFetches - before).toBe(0);
    expect(jwksFetches).toBe(1);
  });

  it('fails at init naming a missing or malformed variable', () => {
    expect(() => settingsFromEnv({})).toThrow(/PIK_AUTH_JWKS_URL is not set/);
    expect(() =>
      settingsFromEnv({
        [AUTHORIZER_ENV.issuer]: ISSUER,
        [AUTHORIZER_ENV.jwksUrl]: 'not a url',
        [AUTHORIZER_ENV.clientIds]: CLIENT,
        [AUTHORIZER_ENV.scope]: 'pik/invoke',
      }),
    ).toThrow(/PIK_AUTH_JWKS_URL is not a URL/);
  });
});
