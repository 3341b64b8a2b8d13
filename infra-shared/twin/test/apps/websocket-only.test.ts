/**
 * A user's CDK app whose only API is a WebSocket API: the twin runs it (it used to refuse the stack as
 * having no API), lists its `ws://` URL and stage in the targets file, and answers messages through `$default`.
 */
import { TargetsFile } from '@pik/contracts';
import { Value } from 'typebox/value';
import { describe, expect, it } from 'vitest';
import WebSocket from 'ws';
import { fixtureAppSuite } from './fixture-suite.js';

const STACK = 'EchoSocketStack';
const suite = fixtureAppSuite('websocket-only');

function roundTrip(url: string, message: string): Promise<string> {
  return new Promise((resolve, reject) => {
    const socket = new WebSocket(url);
    socket.once('open', () => socket.send(message));
    socket.once('message', (data) => {
      resolve(String(data));
      socket.close();
    });
    socket.once('error', reject);
  });
}

describe('a stack whose only API is a WebSocket API', () => {
  it('runs, and its targets entry carries the ws:// URL and stage', () => {
    const { targets } = suite.app.twin;
    expect(Value.Check(TargetsFile, targets)).toBe(true);
    const entry = targets.patterns.find((p) => p.id === STACK);
    expect(entry?.webSocket).toEqual({
      url: expect.stringMatching(/^ws:\/\/127\.0\.0\.1:\d+\/prod$/),
      stage: 'prod',
    });
    expect(entry?.services).toEqual([]);
    expect(suite.app.listing).toMatch(/EchoSocketStack WebSocket: ws:\/\/127\.0\.0\.1:\d+\/prod/);
    // Its route response is what sends the echo back: emulated, so not listed as missing.
    expect(suite.app.listing).not.toContain('AWS::ApiGatewayV2::RouteResponse');
  });

  it('answers a message through $default and its route response', async () => {
    const url = suite.app.twin.targets.patterns.find((p) => p.id === STACK)?.webSocket?.url as string;
    expect(await roundTrip(url, '{"hello":"feed"}')).toBe('{"hello":"feed"}');
  });

  it('has no HTTP routes: its HTTP front answers 404', async () => {
    const front = suite.app.twin.patterns.get(STACK)?.gateway.baseUrl as string;
    expect((await fetch(`${front.replace(/\/$/, '')}/anything`)).status).toBe(404);
  });
});
