import type { ServiceName } from '@pik/service-kit/catalogue';
import { seedData } from '@pik/service-kit/seed';

interface ResourceModule {
  [name: string]: unknown;
}

interface DefinitionLike {
  readonly service: { readonly name: string };
  readonly createBody: { readonly properties: Record<string, unknown> };
}

function isDefinition(value: unknown, service: string): value is DefinitionLike {
  const candidate = value as Partial<DefinitionLike> | undefined;
  return Boolean(candidate?.createBody?.properties && candidate.service?.name === service);
}

/**
 * A valid POST body for a service: the first seeded item (the one deterministic data set every pattern
 * uses) narrowed to the fields the service's create schema declares, read from the service's own
 * resource definition, so this stays right when a service changes its schema.
 */
export async function createBodyFor(service: ServiceName): Promise<Record<string, unknown>> {
  const module = (await import(`@pik/service-${service}`)) as ResourceModule;
  const definition = Object.values(module).find((value) => isDefinition(value, service));
  if (!definition)
    throw new Error(`@pik/service-${service} exports no resource definition with a createBody`);
  const seeded = seedData(1)[service][0] as Record<string, unknown>;
  const fields = Object.keys(definition.createBody.properties);
  return Object.fromEntries(Object.entries(seeded).filter(([key]) => fields.includes(key)));
}
