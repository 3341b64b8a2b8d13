#!/usr/bin/env node
// Linked as `pik` by `npm ci`, before anything is built, so that `npx pik` finds it; runs the built CLI.
import { existsSync } from 'node:fs';

const entry = new URL('../dist/main.js', import.meta.url);
if (!existsSync(entry)) {
  process.stderr.write('pik: the kit is not built yet; run: npm run build\n');
  process.exit(1);
}
await import(entry.href);
