#!/usr/bin/env node
import { runAdviseCli } from './cli.js';

process.exitCode = runAdviseCli(process.argv.slice(2));
