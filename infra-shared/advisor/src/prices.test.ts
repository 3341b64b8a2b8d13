import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { CAPACITY_UNITS, PRICES } from './prices.js';

describe('price table', () => {
  it('names a public source page and the date checked on every line', () => {
    for (const [key, p] of Object.entries(PRICES)) {
      expect(p.source, key).toMatch(/^https:\/\/aws\.amazon\.com\/(?:[a-z-]+\/)+pricing\/$/);
      expect(p.checked, key).toMatch(/^\d{4}-\d{2}-\d{2}$/);
      expect(Number.isNaN(Date.parse(p.checked)), key).toBe(false);
      expect(p.evidence.length, key).toBeGreaterThan(10);
      expect(p.usd, key).toBeGreaterThanOrEqual(0);
    }
    expect(CAPACITY_UNITS.source).toMatch(/^https:\/\//);
  });

  it('explains why each unconfirmed price is unconfirmed', () => {
    const unconfirmed = Object.values(PRICES).filter((p) => !p.confirmed);
    expect(unconfirmed.length).toBeGreaterThan(0);
    for (const p of unconfirmed) expect(p.evidence).toMatch(/third-party|inferred|not|none/);
  });

  it('is documented line by line in docs/advisor.md, with the date checked', () => {
    const doc = readFileSync(new URL('../../../docs/advisor.md', import.meta.url), 'utf8');
    for (const [key, p] of Object.entries(PRICES)) {
      expect(doc, key).toContain(`\`${key}\``);
      expect(doc, key).toContain(p.checked);
    }
  });
});
