/**
 * How the data plane invokes a Lambda function: the contract between the components that build events
 * (the gateway's Lambda proxy, the ALB's Lambda targets) and the runtime that runs the functions.
 */

export interface LambdaInvocationResult {
  /** The handler's return value (already JSON-parsed). */
  readonly payload: unknown;
  /** Set when the function failed (`Unhandled`, `Handled`) -> the caller answers 502. */
  readonly functionError?: string;
  /** Extra response headers from the runtime, e.g. `x-pik-cold: true`, `x-pik-init-ms: 143`. */
  readonly extraHeaders?: Readonly<Record<string, string>>;
}

/** How an invocation came about. */
export interface InvokeOptions {
  /**
   * The request is a load balancer health check (an NLB probing an ALB whose rule forwards to Lambda).
   * The runtime still runs it, but an environment it starts right after a forced reset does not serve
   * client traffic until a client invocation has cold-started its own.
   */
  readonly healthCheck?: boolean;
  /** The alias or version invoked (`function:<name>:<qualifier>`); an unknown one is not found. */
  readonly qualifier?: string;
  /**
   * Invokes for a response stream (InvokeWithResponseStream): the bytes a streaming handler writes arrive
   * here as it writes them, and the result resolves when the handler is done (payload null).
   */
  readonly onChunk?: (chunk: Buffer) => void;
}

/** Invokes one function with one event. Rejects when the invocation itself fails (throttled, crashed). */
export type InvokeLambda = (
  functionId: string,
  event: unknown,
  options?: InvokeOptions,
) => Promise<LambdaInvocationResult>;
