// One Lambda execution environment: loads the function's handler (the init phase), then runs invocations
// one at a time as the parent sends them over the IPC channel. Exits when the parent goes away.
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { pathToFileURL } from 'node:url';

const send = (message) => {
  if (process.connected) process.send(message);
};
process.on('disconnect', () => process.exit(0));

const taskRoot = process.env.LAMBDA_TASK_ROOT ?? process.cwd();
const handlerSpec = process.env._HANDLER ?? 'index.handler';
const dot = handlerSpec.lastIndexOf('.');
const modulePath = handlerSpec.slice(0, dot);
const exportName = handlerSpec.slice(dot + 1);

function errorPayload(error, errorType) {
  return {
    errorType: errorType ?? error?.name ?? 'Error',
    errorMessage: error?.message ?? String(error),
    trace: typeof error?.stack === 'string' ? error.stack.split('\n') : [],
  };
}

let handler;
const initStart = performance.now();
try {
  const file = ['.mjs', '.js', '.cjs']
    .map((ext) => join(taskRoot, `${modulePath}${ext}`))
    .find((candidate) => existsSync(candidate));
  if (!file)
    throw Object.assign(new Error(`Cannot find module '${modulePath}'`), {
      name: 'Runtime.ImportModuleError',
    });
  const loaded = await import(pathToFileURL(file).href);
  handler = loaded[exportName] ?? loaded.default?.[exportName];
  if (typeof handler !== 'function') {
    throw Object.assign(new Error(`${handlerSpec} is undefined or not exported`), {
      name: 'Runtime.HandlerNotFound',
    });
  }
  send({ type: 'ready', initMs: performance.now() - initStart });
} catch (error) {
  send({ type: 'init-error', error: errorPayload(error) });
  // Give the message time to leave before the environment dies, as a failed init does on Lambda.
  setTimeout(() => process.exit(1), 50);
}

function contextFor(message) {
  const deadline = message.deadlineMs;
  return {
    functionName: process.env.AWS_LAMBDA_FUNCTION_NAME,
    functionVersion: process.env.AWS_LAMBDA_FUNCTION_VERSION,
    invokedFunctionArn: message.invokedFunctionArn,
    memoryLimitInMB: process.env.AWS_LAMBDA_FUNCTION_MEMORY_SIZE,
    awsRequestId: message.requestId,
    logGroupName: process.env.AWS_LAMBDA_LOG_GROUP_NAME,
    logStreamName: process.env.AWS_LAMBDA_LOG_STREAM_NAME,
    callbackWaitsForEmptyEventLoop: true,
    getRemainingTimeInMillis: () => Math.max(0, deadline - Date.now()),
    done: () => {},
    fail: () => {},
    succeed: () => {},
  };
}

process.on('message', async (message) => {
  if (message?.type !== 'invoke' || !handler) return;
  const { id } = message;
  try {
    const result = await new Promise((resolve, reject) => {
      const callback = (error, value) => (error ? reject(error) : resolve(value));
      const returned = handler(message.event, contextFor(message), callback);
      if (returned && typeof returned.then === 'function') returned.then(resolve, reject);
    });
    send({ type: 'result', id, payload: result === undefined ? null : result });
  } catch (error) {
    send({ type: 'error', id, error: errorPayload(error) });
  }
});

process.on('uncaughtException', (error) => {
  send({ type: 'crash', error: errorPayload(error, 'Runtime.UnhandledPromiseRejection') });
  process.exit(1);
});
