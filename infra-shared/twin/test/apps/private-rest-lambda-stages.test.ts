/**
 * Option 7 with two stages (`private-rest-lambda-stages`), run in the twin from its template: each stage's
 * `catalogAlias` variable names that stage's alias of the catalog function, and the twin invokes the
 * function under that alias (the invoked ARN ends in it, the trace names it); `GET /catalog/export` is a
 * response-streaming invocation of the export function whose chunks leave the gateway as it writes them.
 * Requests go the pattern's way: the public ALB, the execute-api endpoint (API chosen by
 * `x-apigw-api-id`), the private API.
 */
import { request } from 'node:http';
import { describe, expect, it } from 'vitest';
import { fixtureAppSuite } from './fixture-suite.js';

const STACK = 'private-rest-api-alb';
const suite = fixtureAppSuite('private-rest-lambda-stages');
/** The fixture's streaming handler writes four chunks this far apart. */
const PAUSE_MS = 150;

interface Answer {
  readonly status: number;
  readonly body: string;
  readonly trace: string | undefined;
  /** performance.now() when the first body byte arrived, and when the body ended. */
  readonly firstByteAt: number;
  readonly endAt: number;
}

/** GET `/<stage><path>` through the public ALB (node:http: it reports each chunk as it arrives). */
function getAtStage(stage: string, path = '/catalog'): Promise<Answer> {
  const running = suite.app.twin.patterns.get(STACK);
  const entry = running?.privateEntry;
  if (!running || !entry) throw new Error(`${STACK} runs without its public entry`);
  const url = `${new URL(entry.baseUrl).origin}/${stage}${path}`;
  return new Promise((resolve, reject) => {
    const req = request(url, { headers: { 'x-apigw-api-id': running.topology.api.id } }, (res) => {
      let body = '';
      let firstByteAt = 0;
      res.on('data', (chunk: Buffer) => {
        firstByteAt ||= performance.now();
        body += chunk.toString();
      });
      res.on('end', () => {
        const trace = res.headers['x-pik-trace'] as string | undefined;
        resolve({ status: res.statusCode ?? 0, body, trace, firstByteAt, endAt: performance.now() });
      });
    });
    req.on('error', reject);
    req.end();
  });
}

describe('Lambda aliases named by stage variables, in the twin', () => {
  it('reads each stage alias and its version from the template', () => {
    const functions = suite.app.twin.patterns.get(STACK)?.topology.functions ?? [];
    const catalog = functions.filter((f) => f.serviceName === 'catalog');
    expect(catalog.map((f) => f.handler).sort()).toEqual(['index.handler', 'index.streamingHandler']);
    for (const fn of catalog) expect(fn.aliases).toEqual({ v1: '1', test: '1' });
  });

  it('invokes the alias each stage names, and says so in the trace', async () => {
    for (const stage of ['v1', 'test']) {
      const answer = await getAtStage(stage);
      expect(answer.status).toBe(200);
      const told = JSON.parse(answer.body) as { invoked: string; version: string };
      expect(told.invoked).toMatch(new RegExp(`:function:[^:]+:${stage}$`));
      expect(told.version).toBe('1');
      expect(answer.trace).toMatch(new RegExp(`stage:${stage} > lambda:catalog:${stage}$`));
    }
  });

  it('streams the export through option 7: the first byte arrives long before the last chunk', async () => {
    const answer = await getAtStage('test', '/catalog/export');
    expect(answer.status).toBe(200);
    const lines = answer.body
      .trim()
      .split('\n')
      .map((l) => JSON.parse(l) as { chunk: number; invoked: string });
    expect(lines.map((l) => l.chunk)).toEqual([0, 1, 2, 3]);
    expect(lines[0]?.invoked).toMatch(/:test$/);
    expect(answer.trace).toMatch(/stage:test > lambda:catalog:test$/);
    // Three pauses separate the first chunk from the last: a buffered answer would arrive all at once.
    expect(answer.endAt - answer.firstByteAt).toBeGreaterThanOrEqual(2 * PAUSE_MS);
  });
});
