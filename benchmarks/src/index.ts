export { type BenchOptions, type BenchOutcome, runBench, runBenchCli, type ToolChoice } from './cli/bench.js';
export { runReportCli } from './cli/report.js';
export { readResultsFile } from './result-format/results-file.js';
export { ResultsFile, ToolResult } from './result-format/schema.js';
export {
  SCENARIO_IDS,
  SCENARIOS,
  type Scenario,
  type ScenarioId,
  scenarioById,
} from './scenarios/catalogue.js';
export { buildPlan, type RunPlan } from './scenarios/plan.js';
export { predictTokenBucket } from './scenarios/token-bucket.js';
export { resolveK6 } from './tools/k6-resolver.js';
