import { Value } from 'typebox/value';
import { describe, expect, it } from 'vitest';
import { PATTERN_IDS, PATTERNS, patternById, TargetsFile } from '../src/index.js';

const pattern = {
  id: 'rest-vpclink-shared-nlb',
  title: 'x',
  api: 'rest',
  baseUrl: 'http://127.0.0.1:4000/v1',
  stage: 'v1',
  auth: [{ kind: 'api-key', header: 'x-api-key', value: 'k' }],
  services: [{ name: 'orders', path: '/orders', compute: 'fargate' }],
  throttle: { rateLimit: 40, burstLimit: 20 },
};
const file = (patch: Record<string, unknown> = {}) => ({
  schemaVersion: 1,
  world: 'local-twin',
  createdAt: '2026-11-21T00:00:00.000Z',
  patterns: [pattern],
  ...patch,
});

describe('pattern catalogue', () => {
  it('has one entry per id with a distinct option number and stack name', () => {
    expect(PATTERNS.map((p) => p.id)).toEqual([...PATTERN_IDS]);
    expect(new Set(PATTERNS.map((p) => p.option)).size).toBe(PATTERNS.length);
    expect(new Set(PATTERNS.map((p) => p.stackName)).size).toBe(PATTERNS.length);
  });

  it('names the known ids when asked for an unknown one', () => {
    expect(() => patternById('rest-vpclink')).toThrow(
      /unknown pattern 'rest-vpclink'; known: http-vpclink-albs/,
    );
  });
});

describe('targets file schema', () => {
  it('accepts the local twin and aws:<region> worlds', () => {
    expect(Value.Check(TargetsFile, file())).toBe(true);
    expect(Value.Check(TargetsFile, file({ world: 'aws:eu-west-1' }))).toBe(true);
  });

  it('rejects a world that is neither, an id that is no stack name and an unknown property', () => {
    expect(Value.Check(TargetsFile, file({ world: 'aws' }))).toBe(false);
    expect(Value.Check(TargetsFile, file({ patterns: [{ ...pattern, id: '' }] }))).toBe(false);
    expect(Value.Check(TargetsFile, file({ patterns: [{ ...pattern, id: 'a/b' }] }))).toBe(false);
    expect(Value.Check(TargetsFile, file({ patterns: [{ ...pattern, extra: true }] }))).toBe(false);
  });

  it("names a user's own stack by its stack name (one API per stack, or <stack>.<api>) and takes no throttle", () => {
    const { throttle: _none, ...open } = pattern;
    for (const id of ['GreetingStack', 'ShopStack.AdminApi059A0912']) {
      expect(Value.Check(TargetsFile, file({ patterns: [{ ...open, id }] }))).toBe(true);
    }
  });

  it('still reads files written before throttle became optional ({0, 0} for none)', () => {
    const legacy = { ...pattern, throttle: { rateLimit: 0, burstLimit: 0 } };
    expect(Value.Check(TargetsFile, file({ patterns: [legacy] }))).toBe(true);
  });
});
