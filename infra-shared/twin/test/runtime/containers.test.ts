import { afterAll, describe, expect, it } from 'vitest';
import { ContainerReplicas } from '../../src/runtime/containers.js';
import { freePorts } from '../../src/runtime/ports.js';
import { fixtureTopology, isAlive } from '../fixtures.js';

const spec = fixtureTopology('FixtureRestNlbToAlb').containerServices[0];
if (!spec) throw new Error('fixture container service missing');
const ports = await freePorts(spec.desiredCount);
const replicas = new ContainerReplicas(spec, {
  ports,
  extraEnv: { DYNAMODB_ENDPOINT: 'http://127.0.0.1:1' },
});
afterAll(() => replicas.close());

const get = async (port: number) => {
  const response = await fetch(`http://127.0.0.1:${port}/catalog`, { signal: AbortSignal.timeout(500) });
  return (await response.json()) as { pid: number; port: number; service: string };
};

describe('container replicas', () => {
  it('starts desired-count replicas of the staged server entry, each on its own port with the task env', async () => {
    await replicas.start();
    expect(replicas.list().map((r) => r.state)).toEqual(['running', 'running']);
    const answers = await Promise.all(ports.map(get));
    expect(answers.map((a) => a.port)).toEqual(ports);
    expect(answers.every((a) => a.service === 'catalog')).toBe(true);
    expect(new Set(answers.map((a) => a.pid)).size).toBe(2);
  });

  it('pauses a replica (no answer) and resumes it', async () => {
    replicas.pause(1);
    await expect(get(ports[0] as number)).rejects.toThrow();
    replicas.resume(1);
    expect((await get(ports[0] as number)).port).toBe(ports[0]);
  });

  it('stops and restarts a replica as a new process on the same port', async () => {
    const before = replicas.list()[1]?.pid;
    await replicas.stop(2);
    expect(isAlive(before)).toBe(false);
    await expect(get(ports[1] as number)).rejects.toThrow();
    await replicas.restart(2);
    const after = await get(ports[1] as number);
    expect(after.pid).not.toBe(before);
  });

  it('leaves no process behind when closed', async () => {
    const pids = replicas.list().map((r) => r.pid);
    await replicas.close();
    expect(pids.some(isAlive)).toBe(false);
  });
});
