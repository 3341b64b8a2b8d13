import { PATTERNS, type TargetPattern } from '@pik/contracts';
import type { Scenario } from '../scenarios/catalogue.js';

/** Why the write-burst scenario does not run on `pattern`, or undefined when it does (or is not write-burst). */
export function writeBurstRefusal(scenario: Scenario, pattern: TargetPattern): string | undefined {
  if (!scenario.writeBurst) return undefined;
  const buffered = PATTERNS.find((p) => p.id === pattern.id)?.bufferedWrites === true;
  if (!buffered)
    return `${pattern.id} · ${scenario.id}: skipped, the pattern applies writes at once (no write buffer to drain)`;
  if (!pattern.writeBuffer)
    return `${pattern.id} · ${scenario.id}: skipped, the targets file names no durable copy (writeBuffer)`;
  return undefined;
}
