import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { containerContextDir, findRepoRoot, lambdaBundleDir } from './repo.js';
import { createFixtureRepo } from './testing.js';

describe('service bundles', () => {
  it('fails with a build hint when a bundle is missing', () => {
    const root = mkdtempSync(join(tmpdir(), 'pik-empty-'));
    expect(() => lambdaBundleDir(root, 'orders')).toThrow(
      /Lambda bundle of service 'orders' is missing.*npm run build/,
    );
    expect(() => containerContextDir(root, 'orders')).toThrow(/Dockerfile of service 'orders' is missing/);
  });

  it('finds bundles of a built repository and its root from below', () => {
    const root = createFixtureRepo();
    expect(lambdaBundleDir(root, 'orders')).toBe(join(root, 'services/orders/dist/lambda'));
    expect(findRepoRoot(join(root, 'services/orders'))).toBe(root);
    writeFileSync(
      join(root, 'services/orders/package.json'),
      JSON.stringify({ name: '@pik/service-orders' }),
    );
    expect(findRepoRoot(join(root, 'services/orders'))).toBe(root);
  });
});
