/**
 * Container targets: a service's server entry from the staged image folder, run as `node` processes,
 * one per desired task. Each replica gets its own port on 127.0.0.1 and its own process group, so
 * stopping it ends everything it started. Replicas can be stopped, paused (SIGSTOP: it stays bound but
 * answers nothing, as a hung task does) and restarted.
 */
import { type ChildProcess, spawn } from 'node:child_process';
import { existsSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { BUNDLE_PATHS } from '@pik/service-kit/catalogue';
import { LOCAL_PSEUDO } from '../template/intrinsics.js';
import type { ContainerLaunch, ContainerServiceSpec } from '../template/topology.js';
import type { LogSink } from './logs.js';
import { waitForPort } from './ports.js';

/** Preloaded into every replica: it exits when the twin's IPC channel closes, even if the twin was killed. */
const PARENT_GUARD = fileURLToPath(new URL('./parent-guard.mjs', import.meta.url));
/** Preloaded into processes standing in for an image: maps the container port to the replica's port. */
const CONTAINER_PORT = fileURLToPath(new URL('./container-port.mjs', import.meta.url));

export type ReplicaState = 'starting' | 'running' | 'paused' | 'stopped' | 'exited';

export interface ReplicaInfo {
  readonly index: number;
  readonly port: number;
  readonly pid: number | undefined;
  readonly state: ReplicaState;
}

export interface ContainerReplicasOptions {
  /** One port per replica (desired count), allocated by the caller. */
  readonly ports: readonly number[];
  readonly extraEnv?: Readonly<Record<string, string>>;
  readonly logs?: LogSink;
  /** How long a replica may take to accept connections. @default 20000 */
  readonly startTimeoutMs?: number;
}

class Replica {
  child: ChildProcess | undefined;
  state: ReplicaState = 'stopped';

  constructor(
    readonly index: number,
    readonly port: number,
  ) {}
}

export class ContainerReplicas {
  private readonly replicas: Replica[];
  private readonly entry: string;
  private readonly env: Record<string, string>;

  constructor(
    readonly spec: ContainerServiceSpec,
    private readonly options: ContainerReplicasOptions,
  ) {
    if (options.ports.length !== spec.desiredCount) {
      throw new Error(`${spec.id}: ${spec.desiredCount} replicas need ${spec.desiredCount} ports`);
    }
    this.entry = spec.launch ? '' : join(spec.imageDir, BUNDLE_PATHS.serverEntry);
    this.replicas = options.ports.map((port, index) => new Replica(index + 1, port));
    this.env = {
      PATH: process.env.PATH ?? '/usr/local/bin:/usr/bin:/bin',
      AWS_REGION: LOCAL_PSEUDO.region,
      AWS_DEFAULT_REGION: LOCAL_PSEUDO.region,
      NODE_ENV: 'production',
      ...spec.environment,
      ...options.extraEnv,
      HOST: '127.0.0.1',
    };
  }

  get name(): string {
    return this.spec.serviceName ?? this.spec.containerName;
  }

  /** Starts every replica and waits until each accepts connections. */
  async start(): Promise<void> {
    if (!this.spec.launch && !existsSync(this.entry)) {
      throw new Error(`${this.spec.id}: server entry ${this.entry} not found in the staged image folder`);
    }
    await Promise.all(this.replicas.map((r) => this.startReplica(r)));
  }

  private async startReplica(replica: Replica): Promise<void> {
    const [command, args, cwd, env] = this.spec.launch
      ? launchCommand(this.spec.launch, this.spec.containerPort, replica.port, this.options.extraEnv)
      : [
          process.execPath,
          ['--import', PARENT_GUARD, this.entry],
          this.spec.imageDir,
          { ...this.env, PORT: String(replica.port) },
        ];
    const child = spawn(command, args, {
      cwd,
      env,
      stdio: ['ignore', 'pipe', 'pipe', 'ipc'],
      detached: true,
    });
    replica.child = child;
    replica.state = 'starting';
    const label = `${this.name}#${replica.index}`;
    this.options.logs?.attach(label, child);
    child.once('exit', () => {
      if (replica.child === child) replica.state = replica.state === 'stopped' ? 'stopped' : 'exited';
    });
    const exited = new Promise<never>((_, reject) =>
      child.once('exit', (code) => {
        const tail = this.options.logs?.tail(label).join('\n') ?? '';
        reject(new Error(`${label} exited during start (code ${code})${tail ? `:\n${tail}` : ''}`));
      }),
    );
    exited.catch(() => {});
    await Promise.race([waitForPort(replica.port, this.options.startTimeoutMs ?? 20_000), exited]);
    replica.state = 'running';
  }

  private replica(index: number): Replica {
    const replica = this.replicas.find((r) => r.index === index);
    if (!replica) throw new Error(`${this.name} has no replica #${index} (1..${this.replicas.length})`);
    return replica;
  }

  /** SIGTERM to the replica's process group, SIGKILL after a grace period. */
  async stop(index: number, graceMs = 3_000): Promise<void> {
    await this.end(index, graceMs);
  }

  /**
   * SIGKILL to the replica's process group at once: a crash, not a stop. The kernel closes its sockets, so
   * connections to it are refused or reset until the load balancer's health checks take it out.
   */
  async kill(index: number): Promise<void> {
    await this.end(index, 0);
  }

  /** Ends a replica: SIGTERM and SIGKILL after `graceMs`, or SIGKILL alone when there is no grace. */
  private async end(index: number, graceMs: number): Promise<void> {
    const replica = this.replica(index);
    const child = replica.child;
    replica.state = 'stopped';
    if (!child || child.exitCode !== null || child.signalCode !== null) return;
    const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()));
    let timer: NodeJS.Timeout | undefined;
    if (graceMs > 0) {
      signalGroup(child, 'SIGCONT');
      signalGroup(child, 'SIGTERM');
      timer = setTimeout(() => signalGroup(child, 'SIGKILL'), graceMs);
    } else {
      signalGroup(child, 'SIGKILL');
    }
    await exited;
    clearTimeout(timer);
  }

  pause(index: number): void {
    const replica = this.replica(index);
    if (replica.child && replica.state === 'running') {
      signalGroup(replica.child, 'SIGSTOP');
      replica.state = 'paused';
    }
  }

  resume(index: number): void {
    const replica = this.replica(index);
    if (replica.child && replica.state === 'paused') {
      signalGroup(replica.child, 'SIGCONT');
      replica.state = 'running';
    }
  }

  async restart(index: number): Promise<void> {
    await this.stop(index);
    await this.startReplica(this.replica(index));
  }

  list(): ReplicaInfo[] {
    return this.replicas.map((r) => ({ index: r.index, port: r.port, pid: r.child?.pid, state: r.state }));
  }

  async close(): Promise<void> {
    await Promise.all(this.replicas.map((r) => this.stop(r.index)));
  }
}

/**
 * How a replica of a non-kit image starts: `node` is the host's node with the parent guard and the port
 * mapping preloaded; any other command gets both through NODE_OPTIONS (for the node processes it starts).
 * The environment is the image's and the task's, never the twin's own (only PATH, so `node` resolves).
 */
function launchCommand(
  launch: ContainerLaunch,
  containerPort: number,
  hostPort: number,
  extraEnv: Readonly<Record<string, string>> | undefined,
): [string, string[], string, Record<string, string>] {
  const preload = ['--import', PARENT_GUARD, '--import', CONTAINER_PORT];
  const env: Record<string, string> = {
    PATH: `${dirname(process.execPath)}:${process.env.PATH ?? '/usr/local/bin:/usr/bin:/bin'}`,
    AWS_REGION: LOCAL_PSEUDO.region,
    AWS_DEFAULT_REGION: LOCAL_PSEUDO.region,
    ...launch.env,
    ...extraEnv,
    PIK_CONTAINER_PORT: String(containerPort),
    PIK_HOST_PORT: String(hostPort),
  };
  const [first = '', ...rest] = launch.argv;
  if (first === 'node' || first.endsWith('/node'))
    return [process.execPath, [...preload, ...rest], launch.cwd, env];
  env.NODE_OPTIONS = [launch.env.NODE_OPTIONS, ...preload.map((p) => (p.startsWith('--') ? p : `"${p}"`))]
    .filter(Boolean)
    .join(' ');
  return [first, rest, launch.cwd, env];
}

function signalGroup(child: ChildProcess, signal: NodeJS.Signals): void {
  if (child.pid === undefined) return;
  try {
    process.kill(-child.pid, signal);
  } catch {
    try {
      child.kill(signal);
    } catch {
      // already gone
    }
  }
}
