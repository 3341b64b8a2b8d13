#!/usr/bin/env node
/**
 * Loads a Lambda bundle in this (fresh, plain Node) process and feeds it events, like one execution
 * environment: `node lambda-driver.js <bundle.mjs>` with a JSON array of events on stdin. Prints the
 * handler's results after a RESULTS_MARKER line, so the bundle's own logs can precede them.
 */
import { readFileSync } from 'node:fs';
import { pathToFileURL } from 'node:url';
import { lambdaContext } from './events.js';

export const RESULTS_MARKER = '--- pik lambda results ---';

const bundle = process.argv[2];
if (!bundle) {
  console.error('usage: lambda-driver <bundle.mjs> < events.json');
  process.exit(2);
}
const events = JSON.parse(readFileSync(0, 'utf8')) as unknown[];
const { handler } = (await import(pathToFileURL(bundle).href)) as {
  handler: (event: unknown, context: unknown) => Promise<unknown>;
};
const results: unknown[] = [];
for (const event of events) results.push(await handler(event, lambdaContext('pik-driver')));
process.stdout.write(`\n${RESULTS_MARKER}\n${JSON.stringify(results)}\n`);
process.exit(0);
