import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { PIK_HEADERS as fromSubpath } from '@pik/contracts/headers';
import { describe, expect, it } from 'vitest';
import { PIK_HEADERS } from '../src/index.js';

describe('x-pik-* header names', () => {
  it('are these exact lower-case names on the wire (load tools and older services rely on them)', () => {
    expect(PIK_HEADERS).toEqual({
      trace: 'x-pik-trace',
      cold: 'x-pik-cold',
      initMs: 'x-pik-init-ms',
      instance: 'x-pik-instance',
      authSub: 'x-pik-auth-sub',
      authScope: 'x-pik-auth-scope',
      sourceVpce: 'x-pik-source-vpce',
      originVerify: 'x-pik-origin-verify',
    });
  });

  it('come from the @pik/contracts/headers subpath alone, which imports nothing (Lambda bundles use it)', () => {
    expect(fromSubpath).toEqual(PIK_HEADERS);
    const built = readFileSync(createRequire(import.meta.url).resolve('@pik/contracts/headers'), 'utf8');
    expect(built).not.toMatch(/^\s*(import|export .* from)\s|\bimport\(|\brequire\(/m);
  });
});
