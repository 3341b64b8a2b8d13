import { Agent, request } from 'node:http';
import { connect } from 'node:net';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { createNlb } from '../../src/dataplane/lb/nlb.js';
import type { RunningNlb } from '../../src/dataplane/lb/types.js';
import { type Backend, startBackend } from './helpers.js';

let a: Backend;
let b: Backend;
const nlbs: RunningNlb[] = [];

beforeAll(async () => {
  a = await startBackend('a');
  b = await startBackend('b');
});
afterAll(() => Promise.all([a.close(), b.close()]));
afterEach(() => Promise.all(nlbs.splice(0).map((n) => n.close())));

/** A request on a fresh TCP connection (so each one is a new NLB flow). */
function freshGet(port: number, path = '/', agent: Agent | false = false) {
  return new Promise<{ status: number; servedBy: string; body: string }>((resolve, reject) => {
    const req = request({ host: '127.0.0.1', port, path, agent }, (res) => {
      const chunks: Buffer[] = [];
      res.on('data', (c: Buffer) => chunks.push(c));
      res.on('end', () =>
        resolve({
          status: res.statusCode ?? 0,
          servedBy: String(res.headers['x-served-by']),
          body: Buffer.concat(chunks).toString(),
        }),
      );
    });
    req.on('error', reject);
    req.end();
  });
}

const target = (backend: Backend) => ({ host: '127.0.0.1', port: backend.port });

describe('NLB', () => {
  it('one TCP listener per port; new connections round-robin over the targets; bytes pass untouched', async () => {
    const nlb = await createNlb({
      name: 'shared',
      listeners: [
        {
          templatePort: 8081,
          targetGroup: { name: 'ab', targetType: 'ip', targets: [target(a), target(b)] },
        },
        { templatePort: 8082, targetGroup: { name: 'only-b', targetType: 'ip', targets: [target(b)] } },
      ],
    });
    nlbs.push(nlb);
    expect(nlb.listeners.map((l) => l.templatePort)).toEqual([8081, 8082]);
    const [first, second] = nlb.listeners.map((l) => l.port) as [number, number];
    const served: string[] = [];
    for (let i = 0; i < 4; i++) served.push((await freshGet(first, `/orders/${i}`)).servedBy);
    expect(served.sort()).toEqual(['a', 'a', 'b', 'b']);
    const reply = await freshGet(second, '/x?y=1');
    expect(reply.servedBy).toBe('b');
    expect(JSON.parse(reply.body)).toEqual({ service: 'b', method: 'GET', url: '/x?y=1' });
    expect(b.last?.headers['x-pik-trace']).toBeUndefined(); // L4: nothing added
  });

  it('pins a kept-alive connection to one target for its life', async () => {
    const nlb = await createNlb({
      name: 'pin',
      listeners: [{ targetGroup: { name: 'ab', targetType: 'ip', targets: [target(a), target(b)] } }],
    });
    nlbs.push(nlb);
    const agent = new Agent({ keepAlive: true, maxSockets: 1 });
    const port = nlb.listeners[0]?.port as number;
    const served = new Set<string>();
    for (let i = 0; i < 5; i++) served.add((await freshGet(port, '/', agent)).servedBy);
    agent.destroy();
    expect(served.size).toBe(1);
  });

  it('flow-hash sends the same client flow to the same target', async () => {
    const nlb = await createNlb({
      name: 'hash',
      algorithm: 'flow-hash',
      listeners: [{ targetGroup: { name: 'ab', targetType: 'ip', targets: [target(a), target(b)] } }],
    });
    nlbs.push(nlb);
    const port = nlb.listeners[0]?.port as number;
    const served = new Set<string>();
    // 20 flows from 20 source ports: both targets get some (all on one has probability 2^-19).
    for (let i = 0; i < 20; i++) served.add((await freshGet(port)).servedBy);
    expect([...served].sort()).toEqual(['a', 'b']);
  });

  it('TCP health checks take a closed port out; a connection with no routable target is reset', async () => {
    const dead = await startBackend('dead');
    await dead.close();
    const nlb = await createNlb({
      name: 'hc',
      listeners: [
        {
          targetGroup: {
            name: 'mixed',
            targetType: 'ip',
            targets: [target(a), target(dead)],
            healthCheck: {
              protocol: 'TCP',
              intervalMs: 50,
              healthyThresholdCount: 2,
              unhealthyThresholdCount: 2,
            },
          },
        },
        {
          targetGroup: {
            name: 'none',
            targetType: 'ip',
            whenAllUnhealthy: 'reject',
            targets: [target(dead)],
            healthCheck: {
              protocol: 'TCP',
              intervalMs: 50,
              healthyThresholdCount: 2,
              unhealthyThresholdCount: 2,
            },
          },
        },
      ],
    });
    nlbs.push(nlb);
    await nlb.ready();
    expect(nlb.health('mixed').map((h) => h.state)).toEqual(['healthy', 'unhealthy']);
    const [mixed, none] = nlb.listeners.map((l) => l.port) as [number, number];
    for (let i = 0; i < 4; i++) expect((await freshGet(mixed)).servedBy).toBe('a');
    const outcome = await new Promise<string>((resolve) => {
      const socket = connect({ host: '127.0.0.1', port: none });
      socket.on('error', (e: NodeJS.ErrnoException) => resolve(e.code ?? 'error'));
      socket.on('close', () => resolve('closed'));
      socket.write('GET / HTTP/1.1\r\nhost: x\r\n\r\n');
    });
    expect(['ECONNRESET', 'closed', 'EPIPE']).toContain(outcome);
  });
});
