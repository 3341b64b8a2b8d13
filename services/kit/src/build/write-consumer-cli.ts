#!/usr/bin/env node
/** The kit's build step after `tsc`: bundles the write consumer's Lambda asset (see write-consumer.ts). */
import path from 'node:path';
import { bundleWriteConsumer } from './write-consumer.js';

const repoRoot = path.resolve(process.cwd(), '..', '..');
const result = await bundleWriteConsumer(repoRoot);
console.log(`kit: write consumer bundle ${path.relative(repoRoot, result.file)} ${result.bytes} bytes`);
