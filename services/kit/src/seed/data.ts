import type { ServiceName } from '../catalogue.js';
import { idFromName } from '../resource/ids.js';
import type { Resource, ResourceMeta } from '../resource/repository.js';

/** Fixed seed of the generator: every run, every pattern, the same data. */
export const SEED = 20261121;
/** Items per service at scale 1 (orders: twice as many). */
export const BASE_COUNT = 100;
const EPOCH = Date.parse('2026-01-01T00:00:00.000Z');

/** mulberry32: tiny, fast, deterministic. */
function prng(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

export function seedId(service: ServiceName, index: number): string {
  return idFromName(`pik-seed:${service}:${index}`);
}

function meta(service: ServiceName, index: number): ResourceMeta {
  const at = new Date(EPOCH + index * 60_000).toISOString();
  return { id: seedId(service, index), version: 1, createdAt: at, updatedAt: at };
}

const ADJECTIVES = ['Compact', 'Sturdy', 'Quiet', 'Bright', 'Rapid', 'Classic', 'Modular', 'Solar'];
const NOUNS = ['Lamp', 'Kettle', 'Backpack', 'Router', 'Chair', 'Notebook', 'Speaker', 'Bottle'];
const CATEGORIES = ['home', 'outdoor', 'office', 'electronics'];
const CURRENCIES = ['EUR', 'USD', 'GBP'] as const;
const FIRST = ['Ada', 'Grace', 'Linus', 'Margaret', 'Ken', 'Barbara', 'Dennis', 'Frances'];
const LAST = ['Lovelace', 'Hopper', 'Torvalds', 'Hamilton', 'Thompson', 'Liskov', 'Ritchie', 'Allen'];
const TIERS = ['standard', 'gold'] as const;
const WAREHOUSES = ['FRA1', 'DUB1', 'IAD1'];
const STATUSES = ['pending', 'paid', 'shipped', 'cancelled'] as const;

function pick<T>(random: () => number, values: readonly T[]): T {
  return values[Math.floor(random() * values.length)] as T;
}

function cents(value: number): number {
  return Math.round(value * 100) / 100;
}

export function skuOf(index: number): string {
  return `SKU-${String(index).padStart(5, '0')}`;
}

export interface SeedData {
  catalog: Resource[];
  customers: Resource[];
  orders: Resource[];
  inventory: Resource[];
}

/** The whole data set for a scale: `scale * 100` products, customers and stock rows, twice as many orders. */
export function seedData(scale = 1): SeedData {
  const count = Math.max(1, Math.floor(scale)) * BASE_COUNT;
  const random = prng(SEED);
  const catalog: Resource[] = [];
  for (let i = 0; i < count; i++) {
    catalog.push({
      ...meta('catalog', i),
      sku: skuOf(i),
      name: `${pick(random, ADJECTIVES)} ${pick(random, NOUNS)} ${i}`,
      price: cents(1 + random() * 499),
      currency: pick(random, CURRENCIES),
      category: pick(random, CATEGORIES),
    });
  }
  const customers: Resource[] = [];
  for (let i = 0; i < count; i++) {
    const first = pick(random, FIRST);
    const last = pick(random, LAST);
    customers.push({
      ...meta('customers', i),
      name: `${first} ${last}`,
      email: `${first}.${last}.${i}@example.com`.toLowerCase(),
      tier: pick(random, TIERS),
    });
  }
  const orders: Resource[] = [];
  for (let i = 0; i < count * 2; i++) {
    const lines = Array.from({ length: 1 + Math.floor(random() * 3) }, () => {
      const product = pick(random, catalog);
      return {
        sku: product.sku as string,
        quantity: 1 + Math.floor(random() * 4),
        unitPrice: product.price as number,
      };
    });
    orders.push({
      ...meta('orders', i),
      customerId: pick(random, customers).id,
      currency: 'EUR',
      lines,
      total: cents(lines.reduce((sum, line) => sum + line.quantity * line.unitPrice, 0)),
      status: pick(random, STATUSES),
    });
  }
  const inventory: Resource[] = [];
  for (let i = 0; i < count; i++) {
    inventory.push({
      ...meta('inventory', i),
      sku: skuOf(i),
      warehouse: pick(random, WAREHOUSES),
      quantity: Math.floor(random() * 500),
    });
  }
  return { catalog, customers, orders, inventory };
}
