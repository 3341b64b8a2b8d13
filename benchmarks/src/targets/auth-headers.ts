import type { ApiKeyAuth, JwtAuth, TargetPattern } from '@pik/contracts';

/** Looks up what the targets file leaves out on AWS (client secret, API key value). */
export interface SecretResolver {
  clientSecret(auth: JwtAuth): Promise<string>;
  apiKeyValue(auth: ApiKeyAuth): Promise<string>;
}

/** The twin writes secrets into its targets file; nothing to resolve. */
export const inlineSecrets: SecretResolver = {
  async clientSecret(auth) {
    if (auth.clientSecret === undefined)
      throw new Error(`no clientSecret for client ${auth.clientId} in the targets file`);
    return auth.clientSecret;
  },
  async apiKeyValue(auth) {
    if (auth.value === undefined) throw new Error('no API key value in the targets file');
    return auth.value;
  },
};

/** OAuth2 client-credentials grant against the token endpoint (Cognito's /oauth2/token or the twin's). */
export async function fetchClientCredentialsToken(
  auth: JwtAuth,
  clientSecret: string,
  fetchImpl: typeof fetch = fetch,
): Promise<string> {
  const body = new URLSearchParams({ grant_type: 'client_credentials', scope: auth.scope });
  const basic = Buffer.from(`${auth.clientId}:${clientSecret}`).toString('base64');
  const response = await fetchImpl(auth.tokenUrl, {
    method: 'POST',
    headers: { 'content-type': 'application/x-www-form-urlencoded', authorization: `Basic ${basic}` },
    body,
    signal: AbortSignal.timeout(15_000),
  });
  const text = await response.text();
  if (!response.ok)
    throw new Error(`token endpoint ${auth.tokenUrl} answered ${response.status}: ${text.slice(0, 200)}`);
  const token = (JSON.parse(text) as { access_token?: unknown }).access_token;
  if (typeof token !== 'string')
    throw new Error(`token endpoint ${auth.tokenUrl} answered without access_token`);
  return token;
}

/** Headers every request to the pattern carries (its own, then credentials), resolved once before a run. */
export async function resolveAuthHeaders(
  pattern: TargetPattern,
  secrets: SecretResolver = inlineSecrets,
  fetchImpl: typeof fetch = fetch,
): Promise<Record<string, string>> {
  const headers: Record<string, string> = { ...pattern.headers };
  for (const auth of pattern.auth) {
    if (auth.kind === 'jwt') {
      const token = await fetchClientCredentialsToken(auth, await secrets.clientSecret(auth), fetchImpl);
      // HTTP API JWT authorizers take `Bearer <token>`; REST Cognito authorizers take the bare token.
      headers.authorization = pattern.api === 'http' ? `Bearer ${token}` : token;
    } else {
      headers[auth.header] = await secrets.apiKeyValue(auth);
    }
  }
  return headers;
}
