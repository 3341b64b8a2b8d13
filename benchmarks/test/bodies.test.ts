import { SERVICE_NAMES } from '@pik/service-kit/catalogue';
import { isCi } from '@pik/testing';
import { Value } from 'typebox/value';
import { describe, expect, it } from 'vitest';
import { bodiesFor } from '../src/requests/bodies.js';

interface ResourceLike {
  service: { name: string };
  createBody: Parameters<typeof Value.Check>[0];
  patchFields: Parameters<typeof Value.Check>[0];
}

/** The resource definition a service package exports (the object the kit turns into routes). */
async function resourceOf(name: string): Promise<ResourceLike | undefined> {
  let module: Record<string, unknown>;
  try {
    module = (await import(`@pik/service-${name}`)) as Record<string, unknown>;
  } catch {
    return undefined;
  }
  return Object.values(module).find(
    (value): value is ResourceLike =>
      typeof value === 'object' &&
      value !== null &&
      'createBody' in value &&
      (value as ResourceLike).service?.name === name,
  );
}

describe('request bodies the load tools send', () => {
  it.each(SERVICE_NAMES)('%s: create and patch bodies match the service schemas', async (name) => {
    const resource = await resourceOf(name);
    if (!resource) {
      if (isCi()) throw new Error(`@pik/service-${name} exports no resource definition`);
      process.stderr.write(`[pik] ${name}: service package not built yet; body check skipped\n`);
      return;
    }
    const { create, patch } = bodiesFor(name, 20);
    expect(create.length).toBe(20);
    for (const body of create)
      expect(Value.Check(resource.createBody, body), JSON.stringify(body)).toBe(true);
    for (const body of patch)
      expect(Value.Check(resource.patchFields, body), JSON.stringify(body)).toBe(true);
  });
});
