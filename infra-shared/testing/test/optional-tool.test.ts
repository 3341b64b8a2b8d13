import { describe, expect, it } from 'vitest';
import { isCi, optionalTool } from '../src/optional-tool.js';

describe('optionalTool', () => {
  it('runs the suite when the tool is found, in CI or not', () => {
    expect(optionalTool('k6', true, 'x', {}).available).toBe(true);
    expect(optionalTool('k6', true, 'x', { CI: 'true' }).available).toBe(true);
  });

  it('skips with a reason naming the tool and its install step when missing outside CI', () => {
    const tool = optionalTool('example-tool', false, 'apt-get install example-tool', {});
    expect(tool.available).toBe(false);
    expect(tool.reason).toContain('example-tool');
    expect(tool.reason).toContain('apt-get install example-tool');
  });

  it('fails instead of skipping when CI is set', () => {
    expect(() => optionalTool('k6', false, 'x', { CI: 'true' })).toThrow(/CI is set/);
    expect(() => optionalTool('k6', false, 'x', { CI: '1' })).toThrow(/CI is set/);
  });

  it('treats CI=false and CI=0 as not CI', () => {
    expect(isCi({ CI: 'false' })).toBe(false);
    expect(isCi({ CI: '0' })).toBe(false);
    expect(isCi({})).toBe(false);
  });
});
