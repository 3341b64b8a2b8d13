import { readdirSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { LambdaRuntime } from '../../src/runtime/lambda-runtime.js';
import { codeDir, functionSpec, memoryLogs, removeCodeDirs } from './lambda-helpers.js';

const runtimes: LambdaRuntime[] = [];
afterAll(async () => {
  await Promise.all(runtimes.map((r) => r.close()));
  removeCodeDirs();
});

const logs = memoryLogs();

/** Invokes a one-function runtime once. */
async function invokeOnce(spec: ReturnType<typeof functionSpec>, event: unknown = { ping: 1 }) {
  const runtime = new LambdaRuntime([spec], { logs });
  runtimes.push(runtime);
  return runtime.invoke(spec.id, event);
}

describe('Node.js handlers are found as Lambda finds them', () => {
  it('loads a .js file without package.json as CommonJS, from a nested path, with a nested export', async () => {
    const dir = codeDir({
      'src/handlers/orders.js':
        'exports.routes = { get: async (event) => ({ kind: typeof require, got: event.ping }) };',
    });
    const result = await invokeOnce(
      functionSpec('NestedCjs', { codeDir: dir, handler: 'src/handlers/orders.routes.get' }),
    );
    expect(result.functionError).toBeUndefined();
    expect(result.payload).toEqual({ kind: 'function', got: 1 });
  });

  it('loads index.js as an ES module when the nearest package.json says "type": "module"', async () => {
    const dir = codeDir({
      'package.json': '{"type":"module"}',
      'index.js':
        'export const handler = async () => ({ esm: typeof require === "undefined", url: import.meta.url });',
    });
    const result = await invokeOnce(functionSpec('EsmJs', { codeDir: dir }));
    expect(result.payload).toMatchObject({ esm: true, url: `file://${join(dir, 'index.js')}` });
  });

  it('keeps a CommonJS index.js CommonJS when the asset sits in a "type": "module" project (as cdk.out does)', async () => {
    const project = codeDir({
      'package.json': '{"type":"module"}',
      'cdk.out/asset.abc/index.js':
        'exports.handler = async () => ({ cjs: typeof module.exports, file: __filename });',
    });
    const asset = join(project, 'cdk.out', 'asset.abc');
    const result = await invokeOnce(functionSpec('CjsInEsmProject', { codeDir: asset }));
    expect(result.functionError).toBeUndefined();
    const payload = result.payload as { cjs: string; file: string };
    expect(payload.cjs).toBe('object');
    // It ran from a copy outside the project, as /var/task has no package.json above it.
    expect(payload.file.startsWith(join(tmpdir(), 'pik-twin-code'))).toBe(true);
    expect(readdirSync(asset)).toEqual(['index.js']);
  });

  it('loads .mjs through import and .cjs through require', async () => {
    const mjs = codeDir({
      'app.mjs': 'export const handler = async () => ({ esm: typeof require === "undefined" });',
    });
    const cjs = codeDir({
      'app.cjs': 'module.exports.handler = async () => ({ cjs: typeof require === "function" });',
    });
    expect((await invokeOnce(functionSpec('Mjs', { codeDir: mjs, handler: 'app.handler' }))).payload).toEqual(
      { esm: true },
    );
    expect((await invokeOnce(functionSpec('Cjs', { codeDir: cjs, handler: 'app.handler' }))).payload).toEqual(
      { cjs: true },
    );
  });

  it('runs inline Code.ZipFile source written as index.js, so CommonJS as CloudFormation writes it', async () => {
    const source = 'exports.handler = async () => ({ file: __filename });';
    const spec = functionSpec('Inline', { codeDir: codeDir({}), inlineCode: source });
    const result = await invokeOnce(spec);
    expect(result.payload).toEqual({ file: join(spec.codeDir, 'index.js') });
    expect(readFileSync(join(spec.codeDir, 'index.js'), 'utf8')).toBe(source);
  });

  it('answers callback-style handlers, context.succeed and returned promises alike up to Node.js 22', async () => {
    const dir = codeDir({
      'index.js': [
        'exports.callback = (event, context, callback) => setTimeout(() => callback(null, { via: "callback" }), 5);',
        'exports.succeed = (event, context) => { context.succeed({ via: "succeed" }); };',
        'exports.promise = (event) => Promise.resolve({ via: "promise" });',
        'exports.fails = (event, context, callback) => callback(new TypeError("bad input"));',
      ].join('\n'),
    });
    const spec = (handler: string) =>
      functionSpec(handler, { codeDir: dir, handler: `index.${handler}`, runtime: 'nodejs22.x' });
    expect((await invokeOnce(spec('callback'))).payload).toEqual({ via: 'callback' });
    expect((await invokeOnce(spec('succeed'))).payload).toEqual({ via: 'succeed' });
    expect((await invokeOnce(spec('promise'))).payload).toEqual({ via: 'promise' });
    const failed = await invokeOnce(spec('fails'));
    expect(failed.functionError).toBe('Unhandled');
    expect(failed.payload).toMatchObject({ errorType: 'TypeError', errorMessage: 'bad input' });
  });

  it('refuses a callback-style handler on nodejs24.x at init, as Lambda does from Node.js 24', async () => {
    const dir = codeDir({ 'index.js': 'exports.handler = (event, context, callback) => callback(null, 1);' });
    const result = await invokeOnce(functionSpec('Callback24', { codeDir: dir, runtime: 'nodejs24.x' }));
    expect(result.payload).toMatchObject({ errorType: 'Runtime.CallbackHandlerDeprecated' });
  });
});

describe('Node.js init and invoke errors', () => {
  it('answers a missing module with Runtime.ImportModuleError and logs it with the function name and stack', async () => {
    const dir = codeDir({
      'index.js':
        "const { KinesisClient } = require('@aws-sdk/client-kinesis');\nexports.handler = async () => 1;",
    });
    const spec = functionSpec('NeedsKinesis', { codeDir: dir });
    const result = await invokeOnce(spec);
    expect(result.functionError).toBe('Unhandled');
    expect(result.payload).toMatchObject({
      errorType: 'Runtime.ImportModuleError',
      errorMessage: expect.stringContaining("Cannot find module '@aws-sdk/client-kinesis'"),
    });
    const text = await logs.waitFor(/Uncaught Exception during init in function stack-NeedsKinesis/);
    expect(text).toMatch(
      /ERROR\tUncaught Exception during init in function stack-NeedsKinesis: Runtime.ImportModuleError: .*client-kinesis.*\(the twin provides @aws-sdk\/client-dynamodb, /,
    );
    expect(text).toMatch(new RegExp(`\\n\\[lambda:NeedsKinesis#\\w+\\]\\s+at .*${join(dir, 'index.js')}`));
  });

  it('answers a thrown error as Lambda does (errorType, errorMessage, trace) and logs the stack', async () => {
    const dir = codeDir({
      'index.mjs': 'export const handler = async () => { throw new RangeError("out of stock"); };',
    });
    const result = await invokeOnce(functionSpec('Throws', { codeDir: dir }));
    expect(result.functionError).toBe('Unhandled');
    const payload = result.payload as { errorType: string; errorMessage: string; trace: string[] };
    expect(payload).toMatchObject({ errorType: 'RangeError', errorMessage: 'out of stock' });
    expect(payload.trace[0]).toBe('RangeError: out of stock');
    expect(payload.trace[1]).toContain(join(dir, 'index.mjs'));
    const text = await logs.waitFor(/Invoke Error in function stack-Throws/);
    expect(text).toMatch(
      /\tERROR\tInvoke Error in function stack-Throws: RangeError: out of stock\n.*at .*index\.mjs/,
    );
  });

  it('names a handler that is not exported', async () => {
    const dir = codeDir({ 'index.js': 'exports.other = async () => 1;' });
    const result = await invokeOnce(functionSpec('NoHandler', { codeDir: dir }));
    expect(result.payload).toMatchObject({
      errorType: 'Runtime.HandlerNotFound',
      errorMessage: 'index.handler is undefined or not exported',
    });
  });
});
