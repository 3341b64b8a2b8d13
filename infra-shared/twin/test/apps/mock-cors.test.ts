/**
 * The MOCK fixture app (`defaultCorsPreflightOptions` plus a `MockIntegration` status method), synthesized
 * by CDK and driven end to end through the twin: the preflight answers what the template configures and the
 * status method its static body, both from the gateway alone.
 */
import { describe, expect, it } from 'vitest';
import { idsOfType, templateOf } from './fixture-apps.js';
import { fixtureAppSuite } from './fixture-suite.js';
import { get } from './twin-driver.js';

const STACK = 'StatusMockStack';
const suite = fixtureAppSuite('rest-mock-cors');

function preflight(path: string): Promise<Response> {
  const base = suite.app.twin.patterns.get(STACK)?.gateway.baseUrl;
  return fetch(`${base}${path}`, {
    method: 'OPTIONS',
    headers: {
      origin: 'https://example.com',
      'access-control-request-method': 'GET',
      'access-control-request-headers': 'authorization',
    },
  });
}

describe('a REST API with CDK CORS preflight and a MockIntegration (rest-mock-cors)', () => {
  it('answers OPTIONS with 204 and the Access-Control-* headers CDK configured, without a body', async () => {
    for (const path of ['/status', '/']) {
      const response = await preflight(path);
      expect(response.status).toBe(204);
      expect(response.headers.get('access-control-allow-origin')).toBe('https://example.com');
      expect(response.headers.get('access-control-allow-methods')).toBe('GET');
      expect(response.headers.get('access-control-allow-headers')).toBe(
        'Content-Type,X-Amz-Date,Authorization,X-Api-Key,X-Amz-Security-Token,X-Amz-User-Agent',
      );
      expect(response.headers.get('vary')).toBe('Origin');
      expect(response.headers.get('x-amzn-requestid')).toBeTruthy();
      expect(response.headers.get('x-pik-trace')).toBe('gateway:rest');
      expect(await response.text()).toBe('');
    }
  });

  it('answers GET /status with the MockIntegration body; the trace ends at the gateway', async () => {
    const answer = await get(suite.app.twin, STACK, '/status');
    expect([answer.status, answer.body, answer.trace]).toEqual([200, '{"status":"up"}', 'gateway:rest']);
  });

  it('does not list its MOCK methods as not emulated', () => {
    const methods = idsOfType(templateOf(suite.cdkOut, STACK), 'AWS::ApiGateway::Method');
    expect(methods).toHaveLength(3);
    for (const id of methods) expect(suite.app.listing).not.toContain(id);
    expect(suite.app.listing).not.toMatch(/MOCK/);
  });
});
