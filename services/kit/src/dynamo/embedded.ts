import type { AddressInfo } from 'node:net';

export interface EmbeddedDynamo {
  /** `http://127.0.0.1:<port>` */
  readonly endpoint: string;
  close(): Promise<void>;
}

interface DynaliteServer {
  listen(port: number, host: string, callback: (error?: Error) => void): void;
  address(): AddressInfo | string | null;
  close(callback: (error?: Error) => void): void;
}

/**
 * Starts dynalite (pure-JS DynamoDB, in memory) on 127.0.0.1 at a random port, inside this process.
 * Loaded lazily so Lambda bundles and AWS deployments never pay for it. Dynalite has no transactions
 * and no ReturnValuesOnConditionCheckFailure; the repository uses neither.
 */
export async function startEmbeddedDynamo(): Promise<EmbeddedDynamo> {
  const moduleName = 'dynalite';
  let loaded: { default: (options: Record<string, unknown>) => DynaliteServer };
  try {
    loaded = await import(moduleName);
  } catch (error) {
    throw new Error(
      'DYNAMODB_ENDPOINT is not set and the embedded store (dynalite) is not installed here: ' +
        'set DYNAMODB_ENDPOINT=<url>, or DYNAMODB_ENDPOINT=aws for DynamoDB',
      { cause: error },
    );
  }
  const dynalite = loaded.default;
  const server = dynalite({ createTableMs: 0, deleteTableMs: 0, updateTableMs: 0 });
  await new Promise<void>((resolve, reject) =>
    server.listen(0, '127.0.0.1', (error) => (error ? reject(error) : resolve())),
  );
  const address = server.address() as AddressInfo;
  return {
    endpoint: `http://127.0.0.1:${address.port}`,
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
}
