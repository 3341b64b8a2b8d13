// Finds and loads a Node.js function's handler as Lambda's Node.js runtime interface client does
// (aws-lambda-nodejs-runtime-interface-client, UserFunction): `Handler` is `path/to/module.export[.nested]`;
// the module is an extensionless file, else `.js` through `require` unless the nearest package.json says
// `"type": "module"`, else `.js` (ESM), `.mjs` through `import`, `.cjs` through `require`, else whatever
// `require.resolve` finds from the task root.
import { existsSync, readFileSync, statSync } from 'node:fs';
import { createRequire } from 'node:module';
import { basename, dirname, join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';

const require = createRequire(import.meta.url);

export function runtimeError(name, message) {
  return Object.assign(new Error(message), { name });
}

export function splitHandler(handlerSpec) {
  if (handlerSpec.includes('..')) {
    throw runtimeError(
      'Runtime.MalformedHandlerName',
      `'..' is not allowed in the handler path: ${handlerSpec}`,
    );
  }
  const moduleAndPath = basename(handlerSpec);
  const match = /^([^.]*)\.(.*)$/.exec(moduleAndPath);
  if (!match) throw runtimeError('Runtime.MalformedHandlerName', `Bad handler ${handlerSpec}`);
  const moduleRoot = handlerSpec.slice(0, handlerSpec.length - moduleAndPath.length);
  return { moduleRoot, module: match[1], exportPath: match[2] };
}

const isFile = (path) => existsSync(path) && statSync(path).isFile();

/** True when the nearest package.json above `file` declares `"type": "module"`. */
function packageTypeIsModule(file) {
  for (let dir = dirname(file); ; dir = dirname(dir)) {
    const manifest = join(dir, 'package.json');
    if (isFile(manifest)) {
      try {
        return JSON.parse(readFileSync(manifest, 'utf8')).type === 'module';
      } catch {
        return false;
      }
    }
    if (dirname(dir) === dir) return false;
  }
}

async function loadModule(taskRoot, moduleRoot, module, importModule) {
  const base = resolve(taskRoot, moduleRoot, module);
  if (isFile(base)) return require(base);
  const esm = packageTypeIsModule(base);
  if (!esm && isFile(`${base}.js`)) return require(`${base}.js`);
  if (esm && isFile(`${base}.js`)) return importModule(pathToFileURL(`${base}.js`).href);
  if (isFile(`${base}.mjs`)) return importModule(pathToFileURL(`${base}.mjs`).href);
  if (isFile(`${base}.cjs`)) return require(`${base}.cjs`);
  return require(require.resolve(module, { paths: [taskRoot, resolve(taskRoot, moduleRoot)] }));
}

/** Lambda's error types for a module that fails to load. */
function loadError(error, module) {
  if (error instanceof SyntaxError) return Object.assign(error, { name: 'Runtime.UserCodeSyntaxError' });
  if (error?.code === 'MODULE_NOT_FOUND' || error?.code === 'ERR_MODULE_NOT_FOUND') {
    const failed = runtimeError('Runtime.ImportModuleError', `Error: ${error.message}`);
    const frames = String(error.stack)
      .split('\n')
      .filter((line) => /^\s+at /.test(line));
    failed.stack = [`${failed.name}: ${failed.message}`, ...frames].join('\n');
    failed.cause = error;
    return failed;
  }
  return error ?? runtimeError('Runtime.ImportModuleError', `Cannot load module '${module}'`);
}

/** `importModule(url)` loads an ES module (the bootstrap's, which can fall back to the provided SDK). */
export async function loadHandler(taskRoot, handlerSpec, importModule = (url) => import(url)) {
  const { moduleRoot, module, exportPath } = splitHandler(handlerSpec);
  let loaded;
  try {
    loaded = await loadModule(taskRoot, moduleRoot, module, importModule);
  } catch (error) {
    throw loadError(error, module);
  }
  const handler = exportPath.split('.').reduce((object, key) => object?.[key], loaded);
  if (handler === undefined) {
    throw runtimeError('Runtime.HandlerNotFound', `${module}.${exportPath} is undefined or not exported`);
  }
  if (typeof handler !== 'function') {
    throw runtimeError('Runtime.HandlerNotFound', `${module}.${exportPath} is not a function`);
  }
  return handler;
}
