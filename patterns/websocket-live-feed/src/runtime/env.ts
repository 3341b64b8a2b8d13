/** Environment of the feed's functions; the CDK construct writes it, the twin overrides the endpoint. */
export const FEED_ENV = {
  /** The connections table. */
  connectionsTable: 'PIK_FEED_CONNECTIONS_TABLE',
  /** Services a topic may name, comma-separated. */
  services: 'PIK_FEED_SERVICES',
  /** The `@connections` endpoint: `https://<api id>.execute-api.<region>.amazonaws.com/<stage>`. */
  managementEndpoint: 'PIK_FEED_MANAGEMENT_ENDPOINT',
  /** Posts the fan-out keeps in flight at once. */
  concurrency: 'PIK_FEED_CONCURRENCY',
} as const;

/** Posts in flight per fan-out when the environment does not say. */
export const DEFAULT_FANOUT_CONCURRENCY = 16;

/** A variable's value; a missing one fails the function's init, naming it. */
export function required(env: NodeJS.ProcessEnv, name: string): string {
  const value = env[name]?.trim();
  if (!value) throw new Error(`live feed: environment variable ${name} is not set`);
  return value;
}
