import { describe, expect, it } from 'vitest';
import {
  authorizerConfigs,
  issuerClients,
  tokenIssuerConfig,
  trustedIssuer,
  withLocalKeySet,
} from '../../../src/orchestrator/configs/auth.js';
import { fixtureTopology } from '../../fixtures.js';

const http = fixtureTopology('FixtureHttpAlbs');
const rest = fixtureTopology('FixtureRestNlbToAlb');
let n = 0;
const secret = () => `secret-${++n}`;

describe('token issuer and authorizers from the template', () => {
  it("the issuer serves the user pool's app clients with their scopes, each with a made secret", () => {
    n = 0;
    const clients = issuerClients(http, secret);
    expect(clients).toEqual([
      { clientId: 'UserPoolBenchClient1A2B3C4D', clientSecret: 'secret-1', scopes: ['pik/read'] },
    ]);
    expect(tokenIssuerConfig(http.api, clients)).toEqual({
      issuer: 'https://cognito-idp.us-east-1.amazonaws.com/us-east-1_UserPool6BA7E5F2',
      host: '127.0.0.1',
      clients: [
        { clientId: 'UserPoolBenchClient1A2B3C4D', clientSecret: 'secret-1', allowedScopes: ['pik/read'] },
      ],
    });
  });

  it('a JWT issuer that is no pool of the stack: one client per audience, with the routes’ scopes', () => {
    const foreign = { ...http, userPools: [] };
    expect(issuerClients(foreign, () => 's')).toEqual([
      { clientId: 'UserPoolBenchClient1A2B3C4D', clientSecret: 's', scopes: ['pik/read'] },
    ]);
  });

  it('an API without authorizers needs no clients', () => {
    expect(issuerClients({ ...http, api: { ...http.api, authorizers: [] } }, secret)).toEqual([]);
  });

  it("JWT and Cognito authorizers verify against the local issuer's keys", () => {
    const jwks = { keys: [{ kid: 'k1' }] };
    expect(authorizerConfigs(http.api, jwks)).toEqual([
      {
        kind: 'jwt',
        id: 'HttpApiAuthorizerJwt1A2B3C4D',
        identitySource: '$request.header.Authorization',
        issuer: 'https://cognito-idp.us-east-1.amazonaws.com/us-east-1_UserPool6BA7E5F2',
        audience: ['UserPoolBenchClient1A2B3C4D'],
        keys: { jwks },
      },
    ]);
    expect(authorizerConfigs(rest.api, jwks)).toEqual([
      {
        kind: 'cognito',
        id: 'ApiCognitoAuthorizer1A2B3C4D',
        identityHeader: 'Authorization',
        userPools: [
          {
            issuer: 'https://cognito-idp.us-east-1.amazonaws.com/us-east-1_UserPool6BA7E5F2',
            keys: { jwks },
          },
        ],
      },
    ]);
  });
});

describe('a Lambda authorizer that validates the pool tokens itself', () => {
  const issuer = 'https://cognito-idp.us-east-1.amazonaws.com/us-east-1_UserPool6BA7E5F2';
  const [fn] = http.functions;
  if (!fn) throw new Error('the fixture has no function');
  const authorizerFn = {
    ...fn,
    id: 'Authz',
    environment: { KEYS: `${issuer}/.well-known/jwks.json`, OTHER: 'x' },
  };
  const lambdaOnly = { ...http, api: { ...http.api, authorizers: [] }, functions: [fn, authorizerFn] };

  it("trusts the pool whose key set a function's environment names, and serves the pool's clients", () => {
    expect(trustedIssuer(lambdaOnly)).toBe(issuer);
    expect(issuerClients(lambdaOnly, () => 's').map((c) => c.clientId)).toEqual([
      'UserPoolBenchClient1A2B3C4D',
    ]);
    expect(trustedIssuer({ ...lambdaOnly, functions: [fn] })).toBeUndefined();
  });

  it("points that function's key set URL at the local issuer, leaving everything else as it was", () => {
    const local = 'http://127.0.0.1:4000/us-east-1_pikTwin01/.well-known/jwks.json';
    const [plain, rewritten] = withLocalKeySet(lambdaOnly.functions, issuer, local);
    expect(plain).toBe(fn);
    expect(rewritten?.environment).toEqual({ KEYS: local, OTHER: 'x' });
  });
});
