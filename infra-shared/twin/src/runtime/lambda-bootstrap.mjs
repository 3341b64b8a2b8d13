// One Node.js Lambda execution environment: loads the function's handler (the init phase), then runs
// invocations one at a time as the parent sends them over the IPC channel. Exits when the parent goes away.
// Init and invoke errors are written to this process's output (the twin's log) with the function name and
// the stack trace, and answered as Lambda answers them: { errorType, errorMessage, trace }.
import { register } from 'node:module';
import { performance } from 'node:perf_hooks';
import { pathToFileURL } from 'node:url';
import { loadHandler, runtimeError } from './lambda-handler.mjs';
import { installAwsLambdaGlobal, isStreamingHandler, runStreamingHandler } from './lambda-streaming.mjs';

const send = (message) => {
  if (process.connected) process.send(message);
};
process.on('disconnect', () => process.exit(0));

const functionName = process.env.AWS_LAMBDA_FUNCTION_NAME ?? 'function';
const taskRoot = process.env.LAMBDA_TASK_ROOT ?? process.cwd();
const handlerSpec = process.env._HANDLER ?? 'index.handler';
const runtimeMajor = Number(/nodejs(\d+)\.x/.exec(process.env.AWS_EXECUTION_ENV ?? '')?.[1] ?? 0);
const sdkNodeModules = process.env.PIK_LAMBDA_SDK_NODE_MODULES;

function errorPayload(error) {
  const isError = error instanceof Error;
  return {
    errorType: isError ? error.name : typeof error,
    errorMessage: isError ? error.message : String(error),
    trace: isError && typeof error.stack === 'string' ? error.stack.split('\n') : [],
  };
}

/** One log entry per error, in the shape of Lambda's own (`<time> <request id> ERROR <what>`), plus the stack. */
function logError(requestId, what, payload) {
  const [first, ...more] = payload.errorMessage.split('\n');
  const frames = payload.trace.filter((line) => /^\s+at /.test(line));
  const sdkHint = /Cannot find (module|package) '@aws-sdk\//.test(first)
    ? ` (the twin provides ${process.env.PIK_LAMBDA_SDK_PACKAGES ?? 'no SDK packages'})`
    : '';
  const header = `${new Date().toISOString()}\t${requestId}\tERROR\t${what} in function ${functionName}`;
  process.stderr.write(
    `${[`${header}: ${payload.errorType}: ${first}${sdkHint}`, ...more, ...frames].join('\n')}\n`,
  );
}

let sdkHooked = false;
function hookSdk() {
  if (sdkHooked || !sdkNodeModules) return;
  sdkHooked = true;
  register('./lambda-sdk-resolve.mjs', import.meta.url, {
    data: { parentURL: pathToFileURL(`${sdkNodeModules}/../index.mjs`).href },
  });
}
// The twin restarts a function's environments this way once one found that a module beyond the entry needs it.
if (process.env.PIK_LAMBDA_SDK_HOOK === 'eager') hookSdk();

const missingPackage = (error) =>
  error?.code === 'ERR_MODULE_NOT_FOUND' && /Cannot find package/.test(error.message);

/**
 * Imports an ES module handler; when its graph names a package it cannot resolve, registers the resolve
 * hook that falls back to the provided SDK and imports it again. Registered only then: the hook runs on a
 * thread of its own that adds about 30 ms to a cold start, which bundles carrying their own SDK must not
 * pay. The failed attempt evaluated nothing (resolution precedes evaluation), but Node caches it by URL:
 * the entry is imported again as `<url>?sdk`; when the failure was in a module beyond the entry, the
 * error asks the twin to start environments with the hook registered from the start.
 */
async function importModule(url) {
  try {
    return await import(url);
  } catch (error) {
    if (sdkHooked || !sdkNodeModules || !missingPackage(error)) throw error;
    hookSdk();
    try {
      return await import(`${url}?sdk`);
    } catch (again) {
      if (missingPackage(again)) again.sdkHook = 'eager';
      throw again;
    }
  }
}

let handler;
installAwsLambdaGlobal();
const initStart = performance.now();
try {
  handler = await loadHandler(taskRoot, handlerSpec, importModule);
  if (runtimeMajor >= 24 && handler.length >= 3) {
    throw runtimeError(
      'Runtime.CallbackHandlerDeprecated',
      'Callback-based function handlers are not supported from Node.js 24: use an async handler',
    );
  }
  send({ type: 'ready', initMs: performance.now() - initStart });
} catch (error) {
  const payload = errorPayload(error);
  if (error?.cause?.sdkHook === 'eager') {
    send({ type: 'init-error', error: payload, sdkHook: 'eager' });
  } else {
    logError('undefined', 'Uncaught Exception during init', payload);
    send({ type: 'init-error', error: payload });
  }
  // Give the message time to leave before the environment dies, as a failed init does on Lambda.
  setTimeout(() => process.exit(1), 50);
}

function contextFor(message, settle) {
  const deadline = message.deadlineMs;
  return {
    functionName,
    functionVersion: message.functionVersion ?? process.env.AWS_LAMBDA_FUNCTION_VERSION,
    invokedFunctionArn: message.invokedFunctionArn,
    memoryLimitInMB: process.env.AWS_LAMBDA_FUNCTION_MEMORY_SIZE,
    awsRequestId: message.requestId,
    logGroupName: process.env.AWS_LAMBDA_LOG_GROUP_NAME,
    logStreamName: process.env.AWS_LAMBDA_LOG_STREAM_NAME,
    callbackWaitsForEmptyEventLoop: true,
    getRemainingTimeInMillis: () => Math.max(0, deadline - Date.now()),
    // The legacy completion methods, still honoured by Lambda's Node.js runtimes.
    done: (error, value) => settle(error, value),
    succeed: (value) => settle(null, value),
    fail: (error) => settle(error ?? new Error('handled')),
  };
}

function run(message) {
  if (isStreamingHandler(handler)) {
    return runStreamingHandler(
      handler,
      message,
      contextFor(message, () => {}),
      send,
    );
  }
  return new Promise((resolve, reject) => {
    const settle = (error, value) => (error ? reject(error) : resolve(value));
    const returned = handler(message.event, contextFor(message, settle), settle);
    if (returned && typeof returned.then === 'function') returned.then(resolve, reject);
  });
}

process.on('message', async (message) => {
  if (message?.type !== 'invoke' || !handler) return;
  const { id } = message;
  try {
    const result = await run(message);
    send({ type: 'result', id, payload: result === undefined ? null : result });
  } catch (error) {
    const payload = errorPayload(error);
    logError(message.requestId, 'Invoke Error', payload);
    send({ type: 'error', id, error: payload });
  }
});

process.on('uncaughtException', (error) => {
  logError('undefined', 'Uncaught Exception', errorPayload(error));
  process.exit(1);
});
