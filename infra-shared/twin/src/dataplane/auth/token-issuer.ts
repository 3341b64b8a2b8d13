import { randomUUID, timingSafeEqual } from 'node:crypto';
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import {
  exportJWK,
  type GenerateKeyPairResult,
  generateKeyPair,
  type JWK,
  SignJWT,
  UnsecuredJWT,
} from 'jose';
import { closeServer, listen, readBody } from '../http-util.js';
import type {
  JsonWebKeySet,
  MintOptions,
  RunningTokenIssuer,
  TokenIssuerClientConfig,
  TokenIssuerConfig,
} from './types.js';

/** The keys a pool signs with, and a second pair no JWKS publishes (foreign-key tests). */
interface SigningKeys {
  readonly kid: string;
  readonly signing: GenerateKeyPairResult;
  readonly foreign: GenerateKeyPairResult;
  readonly jwks: JsonWebKeySet;
}

async function signingKeys(): Promise<SigningKeys> {
  const signing = await generateKeyPair('RS256', { extractable: true });
  const foreign = await generateKeyPair('RS256');
  const kid = randomUUID();
  const publicJwk: JWK = { ...(await exportJWK(signing.publicKey)), kid, alg: 'RS256', use: 'sig' };
  return { kid, signing, foreign, jwks: { keys: [publicJwk as Record<string, unknown>] } };
}

/** A token with Cognito's claims for `options`, signed (or not, or with the wrong key) as asked. */
async function mintToken(
  keys: SigningKeys,
  issuer: string,
  ttl: number,
  options: MintOptions,
): Promise<string> {
  const now = Math.floor(Date.now() / 1000);
  const claims: Record<string, unknown> = {
    sub: options.clientId,
    token_use: options.tokenUse ?? 'access',
    auth_time: now,
    jti: randomUUID(),
    ...options.extraClaims,
  };
  if ((options.tokenUse ?? 'access') === 'access') {
    claims.client_id = options.clientId;
    claims.version = 2;
    claims.scope = (options.scopes ?? []).join(' ');
  }
  if (options.audience !== undefined) claims.aud = options.audience;
  if (options.notBeforeInSeconds !== undefined) claims.nbf = now + options.notBeforeInSeconds;
  const iss = options.issuer ?? issuer;
  const exp = now + (options.expiresInSeconds ?? ttl);
  if (options.algNone) {
    return new UnsecuredJWT(claims).setIssuer(iss).setIssuedAt(now).setExpirationTime(exp).encode();
  }
  return new SignJWT(claims)
    .setProtectedHeader({ alg: 'RS256', kid: options.unknownKid ? randomUUID() : keys.kid, typ: 'JWT' })
    .setIssuer(iss)
    .setIssuedAt(options.expiresInSeconds !== undefined && options.expiresInSeconds < 0 ? exp - ttl : now)
    .setExpirationTime(exp)
    .sign(options.signWithForeignKey ? keys.foreign.privateKey : keys.signing.privateKey);
}

function json(res: ServerResponse, status: number, body: string): void {
  res.writeHead(status, { 'content-type': 'application/json', 'cache-control': 'no-store' });
  res.end(body);
}

/** The client the request authenticates as (HTTP Basic or form fields), if its secret matches. */
function clientFrom(
  req: IncomingMessage,
  form: URLSearchParams,
  clients: ReadonlyMap<string, TokenIssuerClientConfig>,
): TokenIssuerClientConfig | undefined {
  let id = form.get('client_id') ?? undefined;
  let secret = form.get('client_secret') ?? undefined;
  const auth = req.headers.authorization;
  if (auth?.startsWith('Basic ')) {
    const decoded = Buffer.from(auth.slice(6), 'base64').toString();
    const colon = decoded.indexOf(':');
    if (colon > 0) {
      id = decodeURIComponent(decoded.slice(0, colon));
      secret = decodeURIComponent(decoded.slice(colon + 1));
    }
  }
  const client = id === undefined ? undefined : clients.get(id);
  if (!client || secret === undefined) return undefined;
  const a = Buffer.from(secret);
  const b = Buffer.from(client.clientSecret);
  return a.length === b.length && timingSafeEqual(a, b) ? client : undefined;
}

/** `POST /oauth2/token` with the client-credentials grant, answering errors as Cognito does. */
async function tokenEndpoint(
  req: IncomingMessage,
  res: ServerResponse,
  clients: ReadonlyMap<string, TokenIssuerClientConfig>,
  mint: (options: MintOptions) => Promise<string>,
  ttl: number,
): Promise<void> {
  if (req.method !== 'POST') return json(res, 405, '{"error":"invalid_request"}');
  const body = await readBody(req, 64 * 1024);
  if (body === undefined) return json(res, 413, '{"error":"invalid_request"}');
  const form = new URLSearchParams(body.toString());
  const client = clientFrom(req, form, clients);
  if (!client) return json(res, 400, '{"error":"invalid_client"}');
  if (form.get('grant_type') !== 'client_credentials')
    return json(res, 400, '{"error":"unsupported_grant_type"}');
  const requested = form.get('scope');
  const scopes =
    requested === null || requested.trim() === '' ? [...client.allowedScopes] : requested.trim().split(/\s+/);
  if (scopes.some((s) => !client.allowedScopes.includes(s)))
    return json(res, 400, '{"error":"invalid_scope"}');
  const token = await mint({ clientId: client.clientId, scopes });
  json(res, 200, JSON.stringify({ access_token: token, expires_in: ttl, token_type: 'Bearer' }));
}

function openIdConfiguration(issuer: string, base: string, poolPath: string): string {
  return JSON.stringify({
    issuer,
    jwks_uri: `${base}${poolPath}/.well-known/jwks.json`,
    token_endpoint: `${base}/oauth2/token`,
    grant_types_supported: ['client_credentials'],
    id_token_signing_alg_values_supported: ['RS256'],
  });
}

/**
 * A local stand-in for a Cognito user pool's token side: an RS256 key pair made at start, the pool's JWKS
 * at `<issuer>/.well-known/jwks.json` (and a minimal `openid-configuration`), and the client-credentials
 * grant at `POST /oauth2/token` (HTTP Basic client authentication or `client_id`/`client_secret` in the form,
 * `scope` optional = every scope the client may have). Access tokens carry Cognito's claims: `sub`,
 * `client_id`, `token_use: access`, `scope`, `auth_time`, `iss`, `exp`, `iat`, `jti`, `version`; no `aud`.
 *
 * Errors follow OAuth 2.0 as Cognito answers them: 400 `{"error":"invalid_client"|"unsupported_grant_type"|
 * "invalid_scope"|"invalid_request"}`.
 */
export async function createTokenIssuer(config: TokenIssuerConfig): Promise<RunningTokenIssuer> {
  const host = config.host ?? '127.0.0.1';
  const region = config.region ?? 'us-east-1';
  const poolPath = `/${config.userPoolId ?? `${region}_pikTwin01`}`;
  const ttl = config.accessTokenTtlSeconds ?? 3600;
  const clients = new Map<string, TokenIssuerClientConfig>(config.clients.map((c) => [c.clientId, c]));
  const keys = await signingKeys();
  const jwksBody = JSON.stringify(keys.jwks);
  let issuer = config.issuer ?? '';
  let base = '';
  const mint = (options: MintOptions) => mintToken(keys, issuer, ttl, options);

  const server = createServer((req, res) => {
    const path = (req.url ?? '/').split('?')[0];
    if (path === '/oauth2/token') {
      tokenEndpoint(req, res, clients, mint, ttl).catch(() => json(res, 500, '{"error":"server_error"}'));
    } else if (path === `${poolPath}/.well-known/jwks.json`) json(res, 200, jwksBody);
    else if (path === `${poolPath}/.well-known/openid-configuration`)
      json(res, 200, openIdConfiguration(issuer, base, poolPath));
    else json(res, 404, '{"message":"Not Found"}');
  });
  const port = await listen(server, host, config.port ?? 0);
  base = `http://${host}:${port}`;
  if (issuer === '') issuer = `${base}${poolPath}`;

  return {
    host,
    port,
    issuer,
    jwksUri: `${base}${poolPath}/.well-known/jwks.json`,
    tokenEndpoint: `${base}/oauth2/token`,
    jwks: keys.jwks,
    mint,
    close: () => closeServer(server),
  };
}
