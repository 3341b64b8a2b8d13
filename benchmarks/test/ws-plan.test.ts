/**
 * WebSocket plans from the catalogue: one plan per scenario and pattern that both tools read, the token
 * kept off disk, the fan-out writing to orders, patterns without a WebSocket API refused by name.
 */
import { describe, expect, it } from 'vitest';
import { scenarioById } from '../src/scenarios/catalogue.js';
import { wsArtilleryScript, wsK6Options } from '../src/websocket/run-ws-tools.js';
import { buildWsPlan, planOnDisk, webSocketRefusal } from '../src/websocket/ws-plan.js';
import { targetPattern } from './support/targets.js';

const feed = targetPattern({
  id: 'websocket-live-feed',
  api: 'http',
  webSocket: { url: 'ws://127.0.0.1:9/live', stage: 'live' },
});
const headers = { authorization: 'Bearer abc.def.ghi' };

describe('WebSocket plans', () => {
  it('gives every ws scenario a short shape of a few seconds and a full one', () => {
    for (const id of ['ws-connect', 'ws-echo', 'ws-fanout']) {
      const short = buildWsPlan(scenarioById(id), feed, 'local-twin', { variant: 'short', headers });
      const full = buildWsPlan(scenarioById(id), feed, 'local-twin', { variant: 'full', headers });
      expect(short.durationSec, id).toBeLessThanOrEqual(4);
      expect(full.shape.connections, id).toBeGreaterThan(short.shape.connections);
    }
  });

  it('passes the token without its Bearer prefix, and never writes it or the headers to disk', () => {
    const plan = buildWsPlan(scenarioById('ws-connect'), feed, 'local-twin', { variant: 'short', headers });
    expect(plan.token).toBe('abc.def.ghi');
    expect(plan.url).toBe('ws://127.0.0.1:9/live');
    const disk = JSON.stringify({
      plan: planOnDisk(plan),
      k6: wsK6Options(plan),
      artillery: wsArtilleryScript(plan, './p.cjs'),
    });
    expect(disk).not.toContain('abc.def.ghi');
  });

  it('writes the fan-out changes to orders through the HTTP base URL, closing subscribers after the last', () => {
    const plan = buildWsPlan(scenarioById('ws-fanout'), feed, 'local-twin', { variant: 'short', headers });
    expect(plan.write).toMatchObject({ service: 'orders', url: 'http://127.0.0.1:9/prod/orders' });
    expect(plan.write?.bodies).toHaveLength(plan.shape.writes);
    const lastWrite = plan.shape.writeAtSec + (plan.shape.writes - 1) * plan.shape.writeEverySec;
    expect(plan.closeAtSec).toBeCloseTo(lastWrite + plan.shape.settleSec);
    expect(Object.keys(wsK6Options(plan).scenarios as object)).toEqual(['connections', 'writer']);
  });

  it('refuses a pattern without a WebSocket API, a fan-out without a service to write to, HTTP load without routes', () => {
    expect(webSocketRefusal(scenarioById('ws-echo'), targetPattern())).toBe(
      'rest-vpclink-shared-nlb · ws-echo: skipped, the pattern has no WebSocket API',
    );
    const socketOnly = { ...feed, services: [] };
    expect(webSocketRefusal(scenarioById('ws-echo'), socketOnly)).toBeUndefined();
    expect(webSocketRefusal(scenarioById('ws-fanout'), socketOnly)).toMatch(/no HTTP service to write to/);
    expect(webSocketRefusal(scenarioById('latency'), targetPattern())).toBeUndefined();
    expect(webSocketRefusal(scenarioById('latency'), feed)).toBeUndefined();
    expect(webSocketRefusal(scenarioById('latency'), socketOnly)).toBe(
      'websocket-live-feed · latency: skipped, the pattern has only a WebSocket API',
    );
  });
});
