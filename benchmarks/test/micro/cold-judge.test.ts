import { describe, expect, it } from 'vitest';
import { COLD_GOALS, type ColdSample, pairedRatio, summarizeCold } from '../../src/micro/cold-judge.js';

/** Cold samples with the given wall and CPU ms, one per round. */
function samples(wall: readonly number[], cpu: readonly number[] = wall): ColdSample[] {
  return wall.map((totalMs, i) => ({
    totalMs,
    bootMs: 5,
    importMs: totalMs / 2,
    firstEventMs: 3,
    cpuMs: cpu[i] as number,
    statusCode: 200,
    cold: 'true',
    globalRequire: 'undefined',
  }));
}

const service = { name: 'catalog', bytes: 880_000 };
const floor = samples([100, 100, 100, 100, 100]);
const bare = samples([50, 50, 50, 50, 50]);

describe('bench:cold judging', () => {
  it('holds a service to 1.05x the Fastify floor, not to the bare handler', () => {
    expect(COLD_GOALS.maxOverFloor).toBe(1.05);
    const row = summarizeCold(service, samples([104, 104, 104, 104, 104]), { bare, floor });
    expect(row.overFloor).toBe(1.04);
    expect(row.cpuOverFloor).toBe(1.04);
    // 2.08x the bare handler: reported, but no longer a goal.
    expect(row.ratio).toBe(2.08);
    expect(row.withinGoals).toBe(true);
  });

  it('misses the goal when only the CPU time is over 1.05x the floor', () => {
    const row = summarizeCold(service, samples([104, 104, 104, 104, 104], [110, 110, 110, 110, 110]), {
      bare,
      floor,
    });
    expect(row.overFloor).toBe(1.04);
    expect(row.cpuOverFloor).toBe(1.1);
    expect(row.withinGoals).toBe(false);
  });

  it('misses the goal when only the wall time is over 1.05x the floor', () => {
    const row = summarizeCold(service, samples([110, 110, 110, 110, 110], [101, 101, 101, 101, 101]), {
      bare,
      floor,
    });
    expect(row.withinGoals).toBe(false);
  });

  it('misses the goal for a bundle over 1 MB, however fast it starts', () => {
    const row = summarizeCold({ name: 'catalog', bytes: 1_000_001 }, samples([100, 100, 100, 100, 100]), {
      bare,
      floor,
    });
    expect(row.overFloor).toBe(1);
    expect(row.withinGoals).toBe(false);
  });

  it('judges only the rows given a floor: the references carry no verdict', () => {
    expect(summarizeCold({ name: 'bare-handler', bytes: 300_000 }, bare).withinGoals).toBeUndefined();
    const floorRow = summarizeCold({ name: 'fastify-floor', bytes: 670_000 }, floor, { bare });
    expect(floorRow.ratio).toBe(2);
    expect(floorRow.overFloor).toBeUndefined();
    expect(floorRow.withinGoals).toBeUndefined();
  });

  it('pairs the starts of one round: a slow round slows both sides and does not move the ratio', () => {
    // Round 3 ran while the machine was busy: both starts took twice as long.
    const floorWall = [100, 100, 200, 100, 100];
    const serviceWall = [103, 104, 208, 103, 104];
    expect(pairedRatio(serviceWall, floorWall)).toBe(1.04);
    // A busy round that hit only the floor's start cannot make the service look cheaper.
    expect(pairedRatio([103, 104, 104, 103, 104], [100, 100, 200, 100, 100])).toBe(1.03);
  });
});
