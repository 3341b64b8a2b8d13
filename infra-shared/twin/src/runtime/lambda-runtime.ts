/**
 * A local Lambda runtime: one child process per execution environment, running the function's staged
 * bundle. Environments start on demand (a real cold start: process start plus the bundle's init), serve
 * one invocation at a time, are reaped after an idle timeout, and never exceed the function's reserved
 * concurrency; above it an invocation is throttled as Lambda throttles. A function without reserved
 * concurrency draws on the account's unreserved pool, which one machine cannot hold: the twin caps its
 * environments per function, and an invocation that finds them all busy waits for the next free one
 * (AWS would start another environment) instead of failing with a throttle AWS would not answer.
 */
import type { ChildProcess } from 'node:child_process';
import { randomUUID } from 'node:crypto';
import { PIK_HEADERS } from '@pik/contracts';
import type { InvokeLambda, InvokeOptions, LambdaInvocationResult } from '../dataplane/lambda-invoke.js';
import type { LambdaFunctionSpec } from '../template/topology.js';
import { nodeTaskRoot, writeInlineCode } from './lambda-code.js';
import { functionEnvironment } from './lambda-environment.js';
import { languageOf } from './lambda-languages.js';
import { type BootstrapMessage, startEnvironmentProcess } from './lambda-process.js';
import { type ResolvedQualifier, resolveQualifier } from './lambda-qualifier.js';
import type { LogSink } from './logs.js';

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

/** A failed init, carrying the error as the bootstrap reported it (`errorType`, `errorMessage`, trace). */
class InitError extends Error {
  constructor(
    readonly payload: unknown,
    readonly sdkHook?: 'eager',
  ) {
    super((payload as { errorMessage?: string } | undefined)?.errorMessage ?? 'init failed');
  }
}

type Pending = {
  resolve: (result: LambdaInvocationResult) => void;
  reject: (error: Error) => void;
  timer: NodeJS.Timeout;
  /** A streaming invocation's sink for the bytes the function writes. */
  onChunk?: (chunk: Buffer) => void;
};

class ExecutionEnvironment {
  readonly id = randomUUID().slice(0, 8);
  readonly child: ChildProcess;
  private readonly send: (message: Record<string, unknown>) => void;
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
    private readonly logs: LogSink | undefined,
  ) {
    const started = performance.now();
    const spawned = startEnvironmentProcess({
      language: languageOf(fn.runtime),
      codeDir: fn.codeDir,
      env: { ...env, AWS_LAMBDA_LOG_STREAM_NAME: `local/[$LATEST]${this.id}` },
      memoryMb: fn.memoryMb,
    });
    this.child = spawned.child;
    this.send = spawned.send;
    logs?.attach(this.logName, this.child);
    this.ready = new Promise<number>((resolve, reject) => {
      const onMessage = (message: BootstrapMessage) => {
        if (message.type === 'ready') {
          this.initMs = Math.round(performance.now() - started);
          spawned.messages.off('message', onMessage);
          resolve(this.initMs);
        } else if (message.type === 'init-error') {
          spawned.messages.off('message', onMessage);
          reject(new InitError(message.error, message.sdkHook));
        }
      };
      spawned.messages.on('message', onMessage);
      this.child.once('exit', (code) =>
        reject(
          new InitError({
            errorType: 'Runtime.ExitError',
            errorMessage: `RequestId: environment exited during init (code ${code})`,
          }),
        ),
      );
    });
    this.ready.catch(() => {});
    spawned.messages.on('message', (message: BootstrapMessage) => this.onMessage(message));
    // A process that cannot start (interpreter gone) fails its init instead of the twin.
    this.child.once('error', (error) => {
      this.logs?.write(this.logName, `environment did not start: ${error.message}`);
      this.child.emit('exit', null, null);
    });
    this.child.once('exit', (code, signal) => this.onProcessExit(code, signal));
  }

  /** Where this environment's output and errors go in the twin log. */
  get logName(): string {
    return `lambda:${this.fn.serviceName ?? this.fn.id}#${this.id}`;
  }

  private onProcessExit(code: number | null, signal: NodeJS.Signals | null): void {
    if (this.exited) return;
    this.exited = true;
    if (this.idleTimer) clearTimeout(this.idleTimer);
    for (const [, p] of this.pending) {
      clearTimeout(p.timer);
      const errorMessage = `RequestId: exited before completing the request (code ${code}, signal ${signal})`;
      this.logs?.write(this.logName, `function ${this.fn.functionName}: Runtime.ExitError: ${errorMessage}`);
      p.resolve({ payload: { errorType: 'Runtime.ExitError', errorMessage }, functionError: 'Unhandled' });
    }
    this.pending.clear();
    this.onExit(this);
  }

  get alive(): boolean {
    return !this.exited && !this.killed;
  }

  private onMessage(message: BootstrapMessage): void {
    if (!message.id) return;
    const pending = this.pending.get(message.id);
    if (!pending) return;
    if (message.type === 'chunk') {
      pending.onChunk?.(Buffer.from(String(message.data), 'base64'));
      return;
    }
    this.pending.delete(message.id);
    clearTimeout(pending.timer);
    if (message.type === 'result') pending.resolve({ payload: message.payload });
    else pending.resolve({ payload: message.error, functionError: 'Unhandled' });
  }

  invoke(
    event: unknown,
    timeoutMs: number,
    invoked: ResolvedQualifier,
    onChunk?: (chunk: Buffer) => void,
  ): Promise<LambdaInvocationResult> {
    const id = randomUUID();
    this.invocations += 1;
    return new Promise<LambdaInvocationResult>((resolve, reject) => {
      const timer = setTimeout(() => {
        this.pending.delete(id);
        // A timed-out environment is torn down, as Lambda does; the next invocation starts a new one.
        this.kill();
        const errorMessage = `${new Date().toISOString()} ${id} Task timed out after ${(timeoutMs / 1000).toFixed(2)} seconds`;
        this.logs?.write(this.logName, `function ${this.fn.functionName}: ${errorMessage}`);
        resolve({ payload: { errorType: 'Sandbox.Timedout', errorMessage }, functionError: 'Unhandled' });
      }, timeoutMs);
      this.pending.set(id, { resolve, reject, timer, ...(onChunk ? { onChunk } : {}) });
      this.send({
        type: 'invoke',
        id,
        requestId: id,
        event,
        deadlineMs: Date.now() + timeoutMs,
        invokedFunctionArn: invoked.invokedArn,
        functionVersion: invoked.version,
        streaming: onChunk !== undefined,
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

/** Writes inline code; the folder an environment of `spec` runs from. */
function taskRoot(spec: LambdaFunctionSpec): string {
  if (spec.refusal) return spec.codeDir;
  if (spec.inlineCode !== undefined) writeInlineCode(spec.codeDir, spec.inlineCode, spec.runtime);
  return languageOf(spec.runtime) === 'python' ? spec.codeDir : nodeTaskRoot(spec.codeDir);
}

/** All execution environments of one function. */
export class LambdaFunctionPool {
  private readonly environments = new Set<ExecutionEnvironment>();
  private readonly env: Record<string, string>;
  /** The spec with the folder its environments run from (see `taskRoot`). */
  private readonly runSpec: LambdaFunctionSpec;
  private readonly idleMs: number;
  /** Reserved concurrency now: the template's, or what `putConcurrency` set (Lambda's PutFunctionConcurrency). */
  private reserved: number | undefined;
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
    this.reserved = spec.reservedConcurrency;
    this.runSpec = { ...spec, codeDir: taskRoot(spec) };
    const environment = functionEnvironment(this.runSpec, options.extraEnv);
    this.arn = environment.arn;
    this.env = environment.variables;
  }

  async invoke(event: unknown, options: InvokeOptions = {}): Promise<LambdaInvocationResult> {
    if (this.spec.refusal) return this.refused();
    const invoked = resolveQualifier(this.spec, this.arn, options.qualifier);
    if (!invoked) {
      const arn = `${this.arn}:${options.qualifier}`;
      throw new LambdaInvokeError('ServiceException', `Function not found: ${arn}`, 404);
    }
    const { environment, cold } = await this.acquire(options.healthCheck === true);
    try {
      if (cold) {
        try {
          await environment.ready;
        } catch (error) {
          environment.kill();
          if (error instanceof InitError && error.sdkHook && !this.env.PIK_LAMBDA_SDK_HOOK) {
            // An ES module beyond the entry imports the provided SDK: this and every later environment
            // registers the resolve hook before loading the handler (see lambda-bootstrap.mjs).
            this.env.PIK_LAMBDA_SDK_HOOK = error.sdkHook;
            return this.invoke(event, options);
          }
          // The invocation answers with the init error itself, as Lambda does (Runtime.ImportModuleError...).
          const payload = error instanceof InitError ? error.payload : undefined;
          return {
            payload: payload ?? { errorType: 'Runtime.InitError', errorMessage: (error as Error).message },
            functionError: 'Unhandled',
          };
        }
      }
      const timeoutMs = this.spec.timeoutSeconds * 1000;
      const result = await environment.invoke(event, timeoutMs, invoked, options.onChunk);
      const extraHeaders: Record<string, string> = { [PIK_HEADERS.cold]: String(cold) };
      if (cold) extraHeaders[PIK_HEADERS.initMs] = String(environment.initMs);
      return { ...result, extraHeaders };
    } finally {
      this.release(environment);
    }
  }

  /** A function the twin does not run answers every invocation with an error naming it and why. */
  private refused(): LambdaInvocationResult {
    const errorMessage = `function ${this.spec.id} (${this.spec.functionName}) is not run by the twin: ${this.spec.refusal}`;
    this.options.logs?.write(`lambda:${this.spec.serviceName ?? this.spec.id}`, errorMessage);
    return { payload: { errorType: 'PikTwin.FunctionRefused', errorMessage }, functionError: 'Unhandled' };
  }

  /** Most environments at once: the reserved concurrency, else the machine's cap for unreserved functions. */
  get concurrencyLimit(): number {
    return this.reserved ?? this.options.unreservedConcurrency ?? 10;
  }

  /**
   * Sets reserved concurrency as Lambda's PutFunctionConcurrency does (`undefined` restores the template's
   * setting). 0 throttles every invocation; environments above a lower limit finish their invocation and
   * are then retired, so no new one runs past the limit.
   */
  putConcurrency(reserved: number | undefined): void {
    this.reserved = reserved ?? this.spec.reservedConcurrency;
    let live = [...this.environments].filter((e) => e.alive).length;
    for (const e of this.environments) {
      if (live <= this.concurrencyLimit) break;
      if (e.alive && !e.busy) {
        e.kill();
        live--;
      }
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
          this.runSpec,
          this.env,
          (e) => this.onEnvironmentExit(e),
          this.options.logs,
        );
        environment.healthCheckOnly = healthCheck && this.coldStartOwed;
        environment.busy = true;
        this.environments.add(environment);
        return { environment, cold: true };
      }
      if (this.reserved !== undefined) {
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
    // Concurrency lowered while it ran (putConcurrency): retire it instead of keeping it past the limit.
    if ([...this.environments].filter((e) => e.alive).length > this.concurrencyLimit) {
      environment.kill();
      return;
    }
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
