import type { GrowthBounds } from './growth.js';

export interface SoakSettings {
  readonly durationSec: number;
  readonly intervalSec: number;
  readonly warmupSec: number;
  readonly bounds: GrowthBounds;
  /** The catalogue soak scenario's shape the duration stretches. */
  readonly variant: 'short' | 'full';
}

/** The two patterns a soak runs by default: Lambda environments, and container replicas behind an NLB. */
export const SOAK_PATTERNS = ['http-lambda-baseline', 'rest-vpclink-shared-nlb'] as const;

/**
 * `npm run bench:soak`: ten minutes, a sample every 10 s, judged after four minutes of warm-up (in a
 * 10-minute run the replicas' heaps were still growing to their plateau, about 140 MB, until minute 4).
 * The DynamoDB emulator keeps every item the soak creates (about 8 a second) in memory: its own bound.
 */
export const SOAK: SoakSettings = {
  durationSec: 600,
  intervalSec: 10,
  warmupSec: 240,
  bounds: { rssMbPerMin: 2, fdsPerMin: 1, emulatorRssMbPerMin: 20 },
  variant: 'full',
};

/**
 * The short soak in `npm test` (`bench:soak -- --short`): a minute, a sample every 3 s, with bounds
 * generous enough for a busy CI machine, so only a leak that grows fast fails it.
 */
export const SHORT_SOAK: SoakSettings = {
  durationSec: 60,
  intervalSec: 3,
  warmupSec: 20,
  bounds: { rssMbPerMin: 100, fdsPerMin: 60 },
  variant: 'short',
};
