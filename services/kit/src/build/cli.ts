#!/usr/bin/env node
/**
 * The build step every service runs after `tsc`, from its own folder:
 * bundles dist/lambda/index.mjs and dist/server/index.mjs, and writes openapi.json from dist/app.js.
 */
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import type { FastifyInstance } from 'fastify';
import type { ServiceAppOptions } from '../app.js';
import { serviceByName } from '../catalogue.js';
import { bundleService } from './bundle.js';
import { writeOpenApi } from './openapi.js';

const serviceDir = process.cwd();
const service = serviceByName(path.basename(serviceDir));
const results = await bundleService(serviceDir);
for (const result of results) {
  console.log(
    `${service.name}: ${result.kind} bundle ${path.relative(serviceDir, result.file)} ${result.bytes} bytes`,
  );
}
const appModule = (await import(pathToFileURL(path.join(serviceDir, 'dist/app.js')).href)) as {
  buildApp: (options: ServiceAppOptions) => Promise<FastifyInstance>;
};
await writeOpenApi(service, appModule.buildApp, path.join(serviceDir, 'openapi.json'));
console.log(`${service.name}: openapi.json written`);
