#!/usr/bin/env node
/**
 * `pik`: one command in front of the kit's jobs. Each sub-command lives in the package that owns it; this
 * file only routes, so that `pik advise` does not load the twin and `pik bench` does not load CDK.
 */
import { routeCommand, USAGE } from './router.js';

const code = await routeCommand(process.argv.slice(2)).catch((error: unknown) => {
  process.stderr.write(`pik: ${error instanceof Error ? error.message : String(error)}\n`);
  return 1;
});
if (code === 2) process.stderr.write(USAGE);
process.exitCode = code;
