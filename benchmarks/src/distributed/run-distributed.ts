import type { TargetPattern } from '@pik/contracts';
import { normalize } from '../result-format/normalize.js';
import { readArtillery } from '../result-format/read-artillery.js';
import type { ToolResult } from '../result-format/schema.js';
import type { RunPlan } from '../scenarios/plan.js';
import { type ArtilleryLambdaOptions, runArtilleryLambda } from './artillery-lambda.js';
import { runK6Workers } from './run-k6-workers.js';

export interface DistributedPlace {
  /** This run's raw folder and the results folder. */
  readonly dir: string;
  readonly outDir: string;
  readonly k6: string | undefined;
  readonly pattern?: TargetPattern;
  readonly k6Workers?: number | undefined;
  readonly artilleryLambda?: ArtilleryLambdaOptions | undefined;
}

/**
 * One tool's run of a plan spread over several load generators, normalized into one record: k6 as
 * execution segments on this machine, or artillery on its Lambda workers. Undefined when the run is an
 * ordinary single-process one.
 */
export async function runDistributed(
  tool: string,
  plan: RunPlan,
  place: DistributedPlace,
): Promise<ToolResult | undefined> {
  const workers = place.k6Workers ?? 1;
  if (tool === 'k6' && workers > 1) {
    const merged = await runK6Workers(place.k6 as string, plan, place.dir, workers, place.outDir);
    return { ...normalize(plan, merged), distributed: { engine: 'k6-segments', workers } };
  }
  const lambda = place.artilleryLambda;
  if (tool !== 'artillery' || !lambda) return undefined;
  const run = await runArtilleryLambda(plan, place.dir, place.pattern?.privateNetwork, lambda);
  if (run.timedOut) throw new Error(`artillery run-lambda did not finish in time; see ${run.files.stderr}`);
  const distributed = { engine: 'artillery-lambda', workers: lambda.count, region: lambda.region } as const;
  return { ...normalize(plan, await readArtillery(run, place.outDir)), distributed };
}
