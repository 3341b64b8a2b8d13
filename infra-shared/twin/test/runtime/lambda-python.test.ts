import { optionalTool } from '@pik/testing';
import { afterAll, describe, expect, it } from 'vitest';
import { hostPythonVersion, pythonCommand } from '../../src/runtime/lambda-languages.js';
import { LambdaRuntime } from '../../src/runtime/lambda-runtime.js';
import { codeDir, functionSpec, memoryLogs, removeCodeDirs } from './lambda-helpers.js';

const python = optionalTool(
  'python3',
  hostPythonVersion(pythonCommand()) !== undefined,
  'your system package manager (apt-get install python3), or set PIK_TWIN_PYTHON',
);

const APP = `
import json, os
COLD = {"count": 0}

def handler(event, context):
    COLD["count"] += 1
    return {
        "statusCode": 200,
        "body": json.dumps({
            "got": event.get("ping"),
            "function": context.function_name,
            "requestId": context.aws_request_id,
            "remainingMs": context.get_remaining_time_in_millis(),
            "invocations": COLD["count"],
            "table": os.environ.get("TABLE_NAME"),
            "endpoint": os.environ.get("AWS_ENDPOINT_URL_DYNAMODB"),
        }),
    }

def priced(event, context):
    from decimal import Decimal
    return {"price": Decimal("12.5"), "stock": Decimal("3")}

def fails(event, context):
    return helper()

def helper():
    raise KeyError("sku")
`;

const logs = memoryLogs();
const runtimes: LambdaRuntime[] = [];
afterAll(async () => {
  await Promise.all(runtimes.map((r) => r.close()));
  removeCodeDirs();
});

function pythonRuntime(id: string, files: Record<string, string>, handler: string): LambdaRuntime {
  const spec = functionSpec(id, {
    codeDir: codeDir(files),
    handler,
    runtime: 'python3.12',
    environment: { TABLE_NAME: 'orders-table' },
  });
  const runtime = new LambdaRuntime([spec], {
    logs,
    extraEnv: { AWS_ENDPOINT_URL_DYNAMODB: 'http://127.0.0.1:1' },
  });
  runtimes.push(runtime);
  return runtime;
}

describe.skipIf(!python.available)('Python functions on the host interpreter', () => {
  it('imports module.function from a folder path, passes event and context, and stays warm', async () => {
    const runtime = pythonRuntime('PyApp', { 'src/app.py': APP, 'src/__init__.py': '' }, 'src/app.handler');
    const first = await runtime.invoke('PyApp', { ping: 'pong' });
    expect(first.functionError).toBeUndefined();
    expect(first.extraHeaders?.['x-pik-cold']).toBe('true');
    const body = JSON.parse((first.payload as { body: string }).body);
    expect(body).toMatchObject({
      got: 'pong',
      function: 'stack-PyApp',
      invocations: 1,
      table: 'orders-table',
      endpoint: 'http://127.0.0.1:1',
    });
    expect(body.requestId).toMatch(/^[0-9a-f-]{36}$/);
    expect(body.remainingMs).toBeGreaterThan(9_000);
    const second = await runtime.invoke('PyApp', { ping: 2 });
    expect(second.extraHeaders?.['x-pik-cold']).toBe('false');
    expect(JSON.parse((second.payload as { body: string }).body).invocations).toBe(2);
  });

  it('answers a raised exception with errorType, errorMessage and stackTrace, and logs the traceback', async () => {
    const runtime = pythonRuntime('PyFails', { 'app.py': APP }, 'app.fails');
    const result = await runtime.invoke('PyFails', {});
    expect(result.functionError).toBe('Unhandled');
    const payload = result.payload as { errorType: string; errorMessage: string; stackTrace: string[] };
    expect(payload).toMatchObject({ errorType: 'KeyError', errorMessage: "'sku'" });
    expect(payload.stackTrace.join('')).toMatch(/app\.py", line \d+, in helper/);
    const text = await logs.waitFor(/Invoke Error in function stack-PyFails/);
    expect(text).toMatch(/Invoke Error in function stack-PyFails: KeyError: 'sku'/);
    expect(text).toMatch(/\[lambda:PyFails#\w+\] .*app\.py", line \d+, in helper/);
  });

  it('writes Decimal values (what boto3 reads from DynamoDB) as numbers, as Lambda does', async () => {
    const runtime = pythonRuntime('PyPriced', { 'app.py': APP }, 'app.priced');
    expect((await runtime.invoke('PyPriced', {})).payload).toEqual({ price: 12.5, stock: 3 });
  });

  it('answers an import failure at init with Runtime.ImportModuleError naming the module', async () => {
    const runtime = pythonRuntime('PyImport', { 'app.py': 'import not_installed_pkg\n' }, 'app.handler');
    const result = await runtime.invoke('PyImport', {});
    expect(result.payload).toMatchObject({
      errorType: 'Runtime.ImportModuleError',
      errorMessage: "Unable to import module 'app': No module named 'not_installed_pkg'",
    });
    expect(await logs.waitFor(/Uncaught Exception during init in function stack-PyImport/)).toMatch(
      /Runtime.ImportModuleError: Unable to import module 'app'/,
    );
  });

  it('runs inline Code.ZipFile source written as index.py', async () => {
    const spec = functionSpec('PyInline', {
      codeDir: codeDir({}),
      inlineCode: 'def handler(event, context):\n    return {"inline": __file__}\n',
      runtime: 'python3.12',
    });
    const runtime = new LambdaRuntime([spec]);
    runtimes.push(runtime);
    expect((await runtime.invoke('PyInline', {})).payload).toEqual({ inline: `${spec.codeDir}/index.py` });
  });
});

describe('a Python interpreter that cannot start', () => {
  it('fails the invocation with an init error and a log line, and leaves the twin running', async () => {
    const saved = process.env.PIK_TWIN_PYTHON;
    process.env.PIK_TWIN_PYTHON = '/nonexistent/python3';
    try {
      const runtime = pythonRuntime('PyGone', { 'app.py': APP }, 'app.handler');
      const result = await runtime.invoke('PyGone', {});
      expect(result.functionError).toBe('Unhandled');
      expect(result.payload).toMatchObject({ errorType: 'Runtime.ExitError' });
      expect(logs.text()).toMatch(
        /\[lambda:PyGone#\w+\] environment did not start: spawn \/nonexistent\/python3 ENOENT/,
      );
    } finally {
      if (saved === undefined) delete process.env.PIK_TWIN_PYTHON;
      else process.env.PIK_TWIN_PYTHON = saved;
    }
  });
});
