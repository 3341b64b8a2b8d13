/**
 * Entry of a load-generator child process: `node main.js '<plan json>'`. Prints the result as one JSON line.
 */
import { runClosedModel } from './closed-model.js';
import { runOpenModel } from './open-model.js';
import type { ClosedModelPlan, OpenModelPlan } from './protocol.js';

const plan = JSON.parse(process.argv[2] ?? '{}') as OpenModelPlan | ClosedModelPlan;
const result = plan.kind === 'open' ? await runOpenModel(plan) : await runClosedModel(plan);
const cpu = process.cpuUsage();
process.stdout.write(`${JSON.stringify({ ...result, cpuSeconds: (cpu.user + cpu.system) / 1e6 })}\n`);
process.exit(0);
