import { readFile } from 'node:fs/promises';
import { compileErrors, validate } from '@readme/openapi-parser';
import { describe, expect, it } from 'vitest';

describe('openapi.json (written by the build)', () => {
  it('is a valid OpenAPI 3 document covering every route and response code', async () => {
    const document = JSON.parse(await readFile(new URL('../openapi.json', import.meta.url), 'utf8'));
    const result = await validate(structuredClone(document));
    expect(result.valid ? '' : compileErrors(result)).toBe('');
    expect(Object.keys(document.paths).sort()).toEqual(
      ['/customers', '/customers/{id}', '/healthz', '/readyz'].sort(),
    );
    expect(Object.keys(document.paths['/customers'].post.responses)).toEqual(
      expect.arrayContaining(['201', '400', '409', '413', '415', '422']),
    );
    expect(Object.keys(document.paths['/customers/{id}'].patch.responses)).toEqual(
      expect.arrayContaining(['200', '400', '404', '409']),
    );
    expect(document.paths['/customers'].post.tags).toEqual(['customers']);
  });
});
