/**
 * Valid request bodies for each service, the one place that knows the services' create and patch
 * schemas. Bodies are built before a run and shipped inside the run plan, so both load tools send the
 * same payloads without knowing the schemas themselves.
 */
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
      priceCents: 100 + (n % 900),
      currency: 'EUR',
    }),
    patch: (n) => ({ priceCents: 100 + ((n * 7) % 900) }),
  },
  customers: {
    create: (n) => ({ email: `bench-${pad(n)}@example.com`, name: `Bench customer ${n}` }),
    patch: (n) => ({ name: `Bench customer ${n} (changed)` }),
  },
  orders: {
    create: (n) => ({
      customerId: '00000000-0000-4000-8000-000000000001',
      lines: [
        { productId: '00000000-0000-4000-8000-000000000002', quantity: 1 + (n % 3), unitPriceCents: 250 },
      ],
      currency: 'EUR',
    }),
    patch: () => ({ status: 'confirmed' }),
  },
  inventory: {
    create: (n) => ({
      productId: '00000000-0000-4000-8000-000000000003',
      warehouse: `WH-${n % 4}`,
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
