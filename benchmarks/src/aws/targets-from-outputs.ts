import { readFile } from 'node:fs/promises';
import { targetPatternsFromOutputsFile } from '@pik/cdk-constructs/outputs';
import type { TargetsFile } from '@pik/contracts';
import { parseTargets } from '../targets/load-targets.js';

/** The Region of an execute-api invoke URL (`https://<id>.execute-api.<region>.amazonaws.com/...`). */
export function regionOfInvokeUrl(url: string): string | undefined {
  return /\.execute-api\.([a-z0-9-]+)\.amazonaws\.com/.exec(url)?.[1];
}

/**
 * A targets file from `cdk deploy --outputs-file`. The output names and their mapping live with the stacks
 * (`@pik/cdk-constructs/outputs`, docs/stack-outputs.md); this only adds the world label.
 */
export function targetsFromCdkOutputs(outputs: unknown, region?: string): TargetsFile {
  if (typeof outputs !== 'object' || outputs === null)
    throw new Error('cdk outputs file: expected { <StackName>: { <OutputKey>: value } }');
  const patterns = targetPatternsFromOutputsFile(outputs as Record<string, Record<string, string>>);
  if (patterns.length === 0)
    throw new Error('cdk outputs file: no stack carries a PatternId output; deploy the pattern stacks first');
  // A pattern behind CloudFront tells its Region by its origin, the regional API.
  const found = region ?? patterns.map((p) => regionOfInvokeUrl(p.originUrl ?? p.baseUrl)).find(Boolean);
  if (!found) throw new Error('cdk outputs file: cannot tell the Region from the invoke URLs; pass --region');
  return parseTargets(
    { schemaVersion: 1, world: `aws:${found}`, createdAt: new Date().toISOString(), patterns },
    'targets built from cdk outputs',
  );
}

export async function loadTargetsFromCdkOutputs(file: string, region?: string): Promise<TargetsFile> {
  return targetsFromCdkOutputs(JSON.parse(await readFile(file, 'utf8')), region);
}
