/**
 * The four services every pattern fronts: the one place that names them, their public base paths, the
 * port each listens on behind a load balancer, and where their bundles are built.
 * Pure data: CDK code, the twin and the benchmarks import it without loading Fastify.
 */
export const SERVICE_NAMES = ['catalog', 'customers', 'orders', 'inventory'] as const;
export type ServiceName = (typeof SERVICE_NAMES)[number];

export interface ServiceDescriptor {
  /** Short name, also the DynamoDB table's logical name and the workspace folder under `services/`. */
  readonly name: ServiceName;
  /** Path prefix of every resource route, as clients see it through any gateway (`/orders/...`). */
  readonly basePath: `/${string}`;
  /** Port the container listens on, and the listener port in front of it where a pattern needs one per service. */
  readonly port: number;
  /** What one item is called in API documents and errors. */
  readonly entity: string;
}

export const SERVICES: readonly ServiceDescriptor[] = [
  { name: 'catalog', basePath: '/catalog', port: 8081, entity: 'product' },
  { name: 'customers', basePath: '/customers', port: 8082, entity: 'customer' },
  { name: 'orders', basePath: '/orders', port: 8083, entity: 'order' },
  { name: 'inventory', basePath: '/inventory', port: 8084, entity: 'stock item' },
];

export function serviceByName(name: string): ServiceDescriptor {
  const found = SERVICES.find((s) => s.name === name);
  if (!found) throw new Error(`unknown service '${name}'; known: ${SERVICE_NAMES.join(', ')}`);
  return found;
}

/** Paths of the build outputs, relative to the service's own folder (`services/<name>/`). */
export const BUNDLE_PATHS = {
  /** Directory given to Lambda as its code asset; the handler is `index.handler`. */
  lambdaDir: 'dist/lambda',
  lambdaHandler: 'index.handler',
  /** The same bundle's response-streaming handler (`awslambda.streamifyResponse`). */
  lambdaStreamingHandler: 'index.streamingHandler',
  /** The server entry bundle that containers (and twin replicas) run with `node`. */
  serverEntry: 'dist/server/index.mjs',
} as const;

/** The health paths every service answers at its root, for load balancer health checks. */
export const HEALTH_PATHS = { live: '/healthz', ready: '/readyz' } as const;

/**
 * The key design every service table shares, so CDK table definitions, the seed and the repository agree.
 * Items live under `pk = item#<id>`; idempotency records under `pk = idem#<key>` and buffered writes'
 * statuses under `pk = write#<writeId>` (both expiring via TTL);
 * the sparse `byId` index (partition `listKey`, sort `id`) holds items only and serves the ordered list.
 */
export const TABLE_DESIGN = {
  partitionKey: 'pk',
  listIndex: { name: 'byId', partitionKey: 'listKey', sortKey: 'id' },
  /** Constant partition value of the list index; only resource items carry it. */
  listKeyValue: 'item',
  itemKeyPrefix: 'item#',
  idempotencyKeyPrefix: 'idem#',
  /** Status of a buffered write applied by the write consumer (`edge-buffered-writes`), expiring via TTL. */
  writeStatusKeyPrefix: 'write#',
  /** Epoch seconds after which DynamoDB TTL may delete an idempotency record. */
  ttlAttribute: 'expiresAt',
  versionAttribute: 'version',
} as const;

/** Table name a service uses when `TABLE_NAME` is not set (embedded store, seed defaults). */
export function defaultTableName(service: ServiceName): string {
  return `pik-${service}`;
}

/** Path segment of every service's streaming route below its base path: `GET /<svc>/export` (NDJSON). */
export const EXPORT_SEGMENT = 'export';
/**
 * The write consumer's Lambda bundle (`edge-buffered-writes`), relative to the repository root: built by
 * the kit's own build from src/entry/write-consumer.ts; one asset, two handlers.
 */
export const WRITE_CONSUMER_BUNDLE = {
  dir: 'services/kit/dist/write-consumer',
  consumerHandler: 'index.handler',
  statusHandler: 'index.status',
} as const;
