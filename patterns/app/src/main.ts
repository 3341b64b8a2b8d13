#!/usr/bin/env node
import { join } from 'node:path';
import { findRepoRoot } from '@pik/cdk-constructs';
import { buildPikApp } from './app.js';

// Run by the CDK CLI (cdk.json at the repository root) or directly by `npm run synth`.
const outdir = process.env.CDK_OUTDIR ?? join(findRepoRoot(), 'cdk.out');
const { app } = buildPikApp({ outdir });
app.synth();
