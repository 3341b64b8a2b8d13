#!/usr/bin/env node
import { runTwinCli } from './cli.js';

process.exitCode = await runTwinCli(process.argv.slice(2));
