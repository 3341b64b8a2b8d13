/**
 * A local Lambda runtime: one child process per execution environment, running the function's staged
 * bundle. Environments start on demand (a real cold start: process start plus the bundle's init), serve
 * one invocation at a time, are reaped after an idle timeout, and never exceed the function's reserved
 * concurrency; above it an invocation is throttled as Lambda throttles. A function without reserved
 * concurrency draws on the account's unreserved pool, which one machine cannot hold: the twin caps its
 * environments per function, and an invocation that finds them all busy waits for the next free one
 * (AWS would start another environment) instead of failing with a throttle AWS would not answer.
 */
import { type ChildProcess, fork } from 'node:child_process';
import { randomUUID } from 'node:crypto';
import { fileURLToPath } from 'node:url';
import type { InvokeLambda, InvokeOptions, LambdaInvocationResult } from '../dataplane/lambda-invoke.js';
import { LOCAL_PSEUDO } from '../template/intrinsics.js';
import type { LambdaFunctionSpec } from '../template/topology.js';
import type { LogSink } from './logs.js';

const BOOTSTRAP = fileURLToPath(new URL('./lambda-bootstrap.mjs', import.meta.url));

/** Headers the runtime adds to responses so load tools see cold starts without reading logs. */
export const COLD_START_HEADERS = { cold: 'x-pik-cold', initMs: 'x-pik-init-ms' } as const;

/** Raised when an invocation cannot run: throttled (429 semantics) or the environment failed. */
export class LambdaInvokeError extends Error {
  constructor(
    readonly errorType: 'TooManyRequestsException' | 'ServiceException',
    message: string,
    readonly statusCode: number,
  ) {
    super(message);
    this.name = errorType;
  }
}

export interface LambdaRuntimeOptions {
  /** Environments are reaped after this long without an invocation. @default 300000 (5 min) */
  readonly idleTimeoutMs?: number;
  /**
   * Most environments per function without reserved concurrency (the account's unreserved pool, scaled
   * to one machine). Invocations beyond it wait for a free environment. @default 10
   */
  readonly unreservedConcurrency?: number;
  /** Extra environment for every function (data store endpoint, credentials for local stores). */
  readonly extraEnv?: Readonly<Record<string, string>>;
  readonly logs?: LogSink;
}

export interface EnvironmentStats {
  readonly id: string;
  readonly pid: number | undefined;
  readonly busy: boolean;
  readonly invocations: number;
  readonly initMs: number;
}

type Waiter = {
  readonly healthCheck: boolean;
  readonly resolve: (environment: ExecutionEnvironment | undefined) => void;
};

type Pending = {
  resolve: (result: LambdaInvocationResult) => void;
  reject: (error: Error) => void;
  timer: NodeJS.Timeout;
};

class ExecutionEnvironment {
  readonly id = randomUUID().slice(0, 8);
  readonly child: ChildProcess;
  readonly ready: Promise<number>;
  busy = false;
  /**
   * Started by a health check after a forced reset: serves health checks only, until a client invocation
   * has cold-started an environment of its own.
   */
  healthCheckOnly = false;
  invocations = 0;
  initMs = 0;
  private idleTimer: NodeJS.Timeout | undefined;
  private pending = new Map<string, Pending>();
  private exited = false;
  private killed = false;

  constructor(
    readonly fn: LambdaFunctionSpec,
    env: Record<string, string>,
    private readonly onExit: (environment: ExecutionEnvironment) => void,
    logs: LogSink | undefined,
  ) {
    const started = performance.now();
    const heap = Math.max(64, Math.floor(fn.memoryMb * 0.85));
    this.child = fork(BOOTSTRAP, [], {
      cwd: fn.codeDir,
      env: { ...env, AWS_LAMBDA_LOG_STREAM_NAME: `local/[$LATEST]${this.id}` },
      execArgv: [`--max-old-space-size=${heap}`],
      stdio: ['ignore', 'pipe', 'pipe', 'ipc'],
      serialization: 'json',
      // Its own process group: a reset kills the environment and anything its code started.
      detached: true,
    });
    logs?.attach(`lambda:${fn.serviceName ?? fn.id}#${this.id}`, this.child);
    this.ready = new Promise<number>((resolve, reject) => {
      const onMessage = (message: { type: string; initMs?: number; error?: { errorMessage: string } }) => {
        if (message.type === 'ready') {
          this.initMs = Math.round(performance.now() - started);
          this.child.off('message', onMessage);
          resolve(this.initMs);
        } else if (message.type === 'init-error') {
          this.child.off('message', onMessage);
          reject(new Error(`init failed: ${message.error?.errorMessage ?? 'unknown error'}`));
        }
      };
      this.child.on('message', onMessage);
      this.child.once('exit', (code) => reject(new Error(`environment exited during init (code ${code})`)));
    });
    this.ready.catch(() => {});
    this.child.on('message', (message: { type: string; id?: string; payload?: unknown; error?: unknown }) =>
      this.onMessage(message),
    );
    this.child.once('exit', (code, signal) => {
      this.exited = true;
      if (this.idleTimer) clearTimeout(this.idleTimer);
      for (const [, p] of this.pending) {
        clearTimeout(p.timer);
        p.resolve({
          payload: {
            errorType: 'Runtime.ExitError',
            errorMessage: `RequestId: exited before completing the request (code ${code}, signal ${signal})`,
          },
          functionError: 'Unhandled',
        });
      }
      this.pending.clear();
      this.onExit(this);
    });
  }

  get alive(): boolean {
    return !this.exited && !this.killed;
  }

  private onMessage(message: { type: string; id?: string; payload?: unknown; error?: unknown }): void {
    if (!message.id) return;
    const pending = this.pending.get(message.id);
    if (!pending) return;
    this.pending.delete(message.id);
    clearTimeout(pending.timer);
    if (message.type === 'result') pending.resolve({ payload: message.payload });
    else pending.resolve({ payload: message.error, functionError: 'Unhandled' });
  }

  invoke(event: unknown, timeoutMs: number, invokedFunctionArn: string): Promise<LambdaInvocationResult> {
    const id = randomUUID();
    this.invocations += 1;
    return new Promise<LambdaInvocationResult>((resolve, reject) => {
      const timer = setTimeout(() => {
        this.pending.delete(id);
        // A timed-out environment is torn down, as Lambda does; the next invocation starts a new one.
        this.kill();
        resolve({
          payload: {
            errorType: 'Sandbox.Timedout',
            errorMessage: `${new Date().toISOString()} ${id} Task timed out after ${(timeoutMs / 1000).toFixed(2)} seconds`,
          },
          functionError: 'Unhandled',
        });
      }, timeoutMs);
      this.pending.set(id, { resolve, reject, timer });
      this.child.send({
        type: 'invoke',
        id,
        requestId: id,
        event,
        deadlineMs: Date.now() + timeoutMs,
        invokedFunctionArn,
      });
    });
  }

  scheduleIdleReap(idleMs: number): void {
    if (this.idleTimer) clearTimeout(this.idleTimer);
    this.idleTimer = setTimeout(() => {
      if (!this.busy) this.kill();
    }, idleMs);
    this.idleTimer.unref();
  }

  kill(): void {
    if (this.idleTimer) clearTimeout(this.idleTimer);
    this.killed = true;
    if (this.exited) return;
    try {
      if (this.child.pid !== undefined) process.kill(-this.child.pid, 'SIGKILL');
      else this.child.kill('SIGKILL');
    } catch {
      this.child.kill('SIGKILL');
    }
  }

  /** Resolves when the process has exited. */
  exitedPromise(): Promise<void> {
    return new Promise<void>((resolve) =>
      this.exited ? resolve() : this.child.once('exit', () => resolve()),
    );
  }

  stats(): EnvironmentStats {
    return {
      id: this.id,
      pid: this.child.pid,
      busy: this.busy,
      invocations: this.invocations,
      initMs: this.initMs,
    };
  }
}

/** All execution environments of one function. */
export class LambdaFunctionPool {
  private readonly environments = new Set<ExecutionEnvironment>();
  private readonly env: Record<string, string>;
  private readonly idleMs: number;
  readonly concurrencyLimit: number;
  readonly arn: string;
  private closed = false;
  /**
   * Set by `reset` until the next client invocation: that one must start cold even when load balancer
   * health checks (an NLB probing an ALB that forwards to this function) invoked the function meanwhile.
   */
  private coldStartOwed = false;
  /** Invocations waiting for a free environment at the machine cap (functions without reserved concurrency). */
  private readonly waiting: Waiter[] = [];

  constructor(
    readonly spec: LambdaFunctionSpec,
    private readonly options: LambdaRuntimeOptions = {},
  ) {
    this.idleMs = options.idleTimeoutMs ?? 300_000;
    this.concurrencyLimit = spec.reservedConcurrency ?? options.unreservedConcurrency ?? 10;
    const { region, accountId } = LOCAL_PSEUDO;
    this.arn = `arn:aws:lambda:${region}:${accountId}:function:${spec.functionName}`;
    this.env = {
      PATH: process.env.PATH ?? '/usr/local/bin:/usr/bin:/bin',
      AWS_REGION: region,
      AWS_DEFAULT_REGION: region,
      AWS_EXECUTION_ENV: `AWS_Lambda_${spec.runtime}`,
      AWS_LAMBDA_FUNCTION_NAME: spec.functionName,
      AWS_LAMBDA_FUNCTION_VERSION: '$LATEST',
      AWS_LAMBDA_FUNCTION_MEMORY_SIZE: String(spec.memoryMb),
      AWS_LAMBDA_LOG_GROUP_NAME: `/aws/lambda/${spec.functionName}`,
      AWS_LAMBDA_INITIALIZATION_TYPE: 'on-demand',
      LAMBDA_TASK_ROOT: spec.codeDir,
      LAMBDA_RUNTIME_DIR: spec.codeDir,
      _HANDLER: spec.handler,
      NODE_ENV: 'production',
      ...spec.environment,
      ...options.extraEnv,
    };
  }

  async invoke(event: unknown, options: InvokeOptions = {}): Promise<LambdaInvocationResult> {
    const { environment, cold } = await this.acquire(options.healthCheck === true);
    try {
      if (cold) {
        try {
          await environment.ready;
        } catch (error) {
          environment.kill();
          return {
            payload: { errorType: 'Runtime.InitError', errorMessage: (error as Error).message },
            functionError: 'Unhandled',
          };
        }
      }
      const result = await environment.invoke(event, this.spec.timeoutSeconds * 1000, this.arn);
      const extraHeaders: Record<string, string> = { [COLD_START_HEADERS.cold]: String(cold) };
      if (cold) extraHeaders[COLD_START_HEADERS.initMs] = String(environment.initMs);
      return { ...result, extraHeaders };
    } finally {
      this.release(environment);
    }
  }

  /** Invocations waiting for a free environment right now. */
  get queued(): number {
    return this.waiting.length;
  }

  /** A free environment marked busy, a new one (cold), or, at the machine cap, the next one released. */
  private async acquire(healthCheck: boolean): Promise<{ environment: ExecutionEnvironment; cold: boolean }> {
    for (;;) {
      if (this.closed) throw new LambdaInvokeError('ServiceException', 'function runtime is shut down', 500);
      const free = [...this.environments].find(
        (e) => !e.busy && e.alive && (healthCheck || !e.healthCheckOnly),
      );
      if (!healthCheck && this.coldStartOwed) {
        // This client invocation starts its own environment (found none above); health-check environments
        // started since the reset join the pool from now on.
        this.coldStartOwed = false;
        for (const e of this.environments) e.healthCheckOnly = false;
      }
      if (free) {
        free.busy = true;
        return { environment: free, cold: false };
      }
      const live = [...this.environments].filter((e) => e.alive).length;
      if (live < this.concurrencyLimit) {
        const environment = new ExecutionEnvironment(
          this.spec,
          this.env,
          (e) => this.onEnvironmentExit(e),
          this.options.logs,
        );
        environment.healthCheckOnly = healthCheck && this.coldStartOwed;
        environment.busy = true;
        this.environments.add(environment);
        return { environment, cold: true };
      }
      if (this.spec.reservedConcurrency !== undefined) {
        throw new LambdaInvokeError('TooManyRequestsException', 'Rate Exceeded.', 429);
      }
      const handed = await this.waitForRelease(healthCheck);
      if (handed) return { environment: handed, cold: false };
      // A slot came free (an environment exited): look again.
    }
  }

  /** Resolves with an environment handed over busy, or undefined when a slot came free instead. */
  private waitForRelease(healthCheck: boolean): Promise<ExecutionEnvironment | undefined> {
    return new Promise<ExecutionEnvironment | undefined>((resolve, reject) => {
      const waiter: Waiter = {
        healthCheck,
        resolve: (environment) => {
          clearTimeout(timer);
          resolve(environment);
        },
      };
      // Bounded: a request waits no longer than the function could run. API Gateway has answered 504 by then.
      const timer = setTimeout(() => {
        const index = this.waiting.indexOf(waiter);
        if (index >= 0) this.waiting.splice(index, 1);
        reject(
          new LambdaInvokeError(
            'TooManyRequestsException',
            `Rate Exceeded. All ${this.concurrencyLimit} local execution environments stayed busy for ${this.spec.timeoutSeconds} s`,
            429,
          ),
        );
      }, this.spec.timeoutSeconds * 1000);
      this.waiting.push(waiter);
    });
  }

  /** Hands a finished environment to the first waiter that may use it, or lets it idle. */
  private release(environment: ExecutionEnvironment): void {
    environment.busy = false;
    if (!environment.alive) return;
    const index = this.waiting.findIndex((w) => w.healthCheck || !environment.healthCheckOnly);
    const waiter = index >= 0 ? this.waiting.splice(index, 1)[0] : undefined;
    if (waiter) {
      environment.busy = true;
      waiter.resolve(environment);
      return;
    }
    environment.scheduleIdleReap(this.idleMs);
  }

  private onEnvironmentExit(environment: ExecutionEnvironment): void {
    this.environments.delete(environment);
    // Its slot is free: the first waiter starts an environment of its own.
    this.waiting.shift()?.resolve(undefined);
  }

  /**
   * Kills every environment, idle or busy: the next client invocation is a cold start, also when health
   * checks invoke the function before it.
   */
  async reset(): Promise<void> {
    this.coldStartOwed = true;
    const killed = [...this.environments];
    for (const e of killed) e.kill();
    await Promise.all(killed.map((e) => e.exitedPromise()));
    // Only the killed ones: an environment started while they exited is alive and must stay tracked.
    for (const e of killed) this.environments.delete(e);
  }

  stats(): EnvironmentStats[] {
    return [...this.environments].filter((e) => e.alive).map((e) => e.stats());
  }

  async close(): Promise<void> {
    this.closed = true;
    for (const waiter of this.waiting.splice(0)) waiter.resolve(undefined);
    await this.reset();
  }
}

/** The runtime for every function of a pattern; `invoke` is what ALBs and Lambda proxy integrations call. */
export class LambdaRuntime {
  private readonly pools = new Map<string, LambdaFunctionPool>();

  constructor(functions: readonly LambdaFunctionSpec[], options: LambdaRuntimeOptions = {}) {
    for (const fn of functions) this.pools.set(fn.id, new LambdaFunctionPool(fn, options));
  }

  /** Finds a function by logical id, function name or ARN. */
  pool(functionId: string): LambdaFunctionPool | undefined {
    const direct = this.pools.get(functionId);
    if (direct) return direct;
    for (const pool of this.pools.values()) {
      if (pool.spec.functionName === functionId || pool.arn === functionId) return pool;
    }
    return undefined;
  }

  get functions(): LambdaFunctionPool[] {
    return [...this.pools.values()];
  }

  readonly invoke: InvokeLambda = async (functionId, event, options) => {
    const pool = this.pool(functionId);
    if (!pool) throw new LambdaInvokeError('ServiceException', `Function not found: ${functionId}`, 404);
    return pool.invoke(event, options);
  };

  /** Forces cold starts: kills the environments of one function, or of all. */
  async reset(functionId?: string): Promise<void> {
    const pools = functionId ? [this.pool(functionId)].filter((p) => p !== undefined) : this.functions;
    await Promise.all(pools.map((p) => p.reset()));
  }

  async close(): Promise<void> {
    await Promise.all(this.functions.map((p) => p.close()));
  }
}
