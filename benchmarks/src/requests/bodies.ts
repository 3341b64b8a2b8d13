/**
 * Valid request bodies for each service, the one place that knows the services' create and patch
 * schemas. Bodies are built before a run and shipped inside the run plan, so both load tools send the
 * same payloads without knowing the schemas themselves.
 */
import { seedId } from '@pik/service-kit/seed';

type Body = Record<string, unknown>;

interface BodyBuilder {
  create(n: number): Body;
  /** Fields to change; the load script adds the `version` it has just read. */
  patch(n: number): Body;
}

const pad = (n: number): string => String(n).padStart(5, '0');

export const BODY_BUILDERS: Readonly<Record<string, BodyBuilder>> = {
  catalog: {
    create: (n) => ({
      sku: `BENCH-${pad(n)}`,
      name: `Bench product ${n}`,
      price: 1 + (n % 900) / 10,
      currency: 'EUR',
      category: 'benchmark',
    }),
    patch: (n) => ({ price: 1 + ((n * 7) % 900) / 10 }),
  },
  customers: {
    create: (n) => ({
      name: `Bench customer ${n}`,
      email: `bench-${pad(n)}@example.com`,
      tier: n % 5 === 0 ? 'gold' : 'standard',
    }),
    patch: (n) => ({ name: `Bench customer ${n} (changed)` }),
  },
  orders: {
    // Orders reference a seeded customer and SKUs in the seeded SKU format.
    create: (n) => ({
      customerId: seedId('customers', 1 + (n % 10)),
      currency: 'EUR',
      lines: [{ sku: `BENCH-${pad(n)}`, quantity: 1 + (n % 3), unitPrice: 2.5 }],
    }),
    patch: (n) => ({ status: n % 2 === 0 ? 'paid' : 'shipped' }),
  },
  inventory: {
    create: (n) => ({
      sku: `BENCH-${pad(n)}`,
      warehouse: ['FRA1', 'DUB1', 'LHR1', 'CDG1'][n % 4],
      quantity: 10 + (n % 50),
    }),
    patch: (n) => ({ quantity: 5 + (n % 40) }),
  },
};

/** `count` create and patch bodies for a service; an unknown service gets none (its mix entries still read). */
export function bodiesFor(service: string, count: number): { create: Body[]; patch: Body[] } {
  const builder = BODY_BUILDERS[service];
  if (!builder) return { create: [], patch: [] };
  return {
    create: Array.from({ length: count }, (_, i) => builder.create(i + 1)),
    patch: Array.from({ length: count }, (_, i) => builder.patch(i + 1)),
  };
}
