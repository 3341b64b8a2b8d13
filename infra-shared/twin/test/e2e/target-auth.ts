/** Credentials for a targets file entry, as a client of the twin gets them (one token per pattern). */
import type { TargetPattern } from '@pik/contracts';
import { expect } from 'vitest';

const tokens = new Map<string, string>();
export async function authHeaders(pattern: TargetPattern): Promise<Record<string, string>> {
  const headers: Record<string, string> = {};
  for (const auth of pattern.auth) {
    if (auth.kind === 'api-key') headers['x-api-key'] = auth.value ?? '';
    if (auth.kind === 'jwt') {
      let token = tokens.get(pattern.id);
      if (!token) {
        const response = await fetch(auth.tokenUrl, {
          method: 'POST',
          headers: {
            'content-type': 'application/x-www-form-urlencoded',
            authorization: `Basic ${Buffer.from(`${auth.clientId}:${auth.clientSecret ?? ''}`).toString('base64')}`,
          },
          body: new URLSearchParams({ grant_type: 'client_credentials', scope: auth.scope }),
        });
        expect(response.status).toBe(200);
        token = ((await response.json()) as { access_token: string }).access_token;
        tokens.set(pattern.id, token);
      }
      headers.authorization = pattern.api === 'http' ? `Bearer ${token}` : token;
    }
  }
  return headers;
}
