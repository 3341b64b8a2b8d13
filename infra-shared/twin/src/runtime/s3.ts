/**
 * The twin's S3: s3rver (an S3 API server for Node.js, the emulator the ecosystem's Serverless plugins
 * use) on 127.0.0.1, storing objects as files in a folder under the twin's root (`.pik/s3/`), so what
 * Firehose delivered stays on disk after the twin stops and any S3 client (the SDK's, with path-style
 * addressing) reads it while it runs.
 */
import { S3Client } from '@aws-sdk/client-s3';
import { LOCAL_PSEUDO } from '../template/intrinsics.js';

export interface LocalS3 {
  readonly url: string;
  readonly directory: string;
  close(): Promise<void>;
}

interface S3rverInstance {
  run(): Promise<{ port: number }>;
  close(): Promise<void>;
}
type S3rverClass = new (options: Record<string, unknown>) => S3rverInstance;

export async function startLocalS3(directory: string, buckets: readonly string[]): Promise<LocalS3> {
  // s3rver ships no type declarations: imported by a name the compiler does not resolve, typed above.
  const moduleName = 's3rver';
  const S3rver = ((await import(moduleName)) as { default: S3rverClass }).default;
  const server = new S3rver({
    address: '127.0.0.1',
    port: 0,
    directory,
    silent: true,
    vhostBuckets: false,
    configureBuckets: buckets.map((name) => ({ name })),
  });
  const { port } = await server.run();
  return { url: `http://127.0.0.1:${port}`, directory, close: () => server.close() };
}

/** The one key pair s3rver accepts (it checks signatures against it): any S3 client of the twin uses it. */
export const LOCAL_S3_CREDENTIALS = { accessKeyId: 'S3RVER', secretAccessKey: 'S3RVER' } as const;

/** An SDK client for the local S3 (path-style: bucket names are not host names here). */
export function localS3Client(endpoint: string): S3Client {
  return new S3Client({
    endpoint,
    region: LOCAL_PSEUDO.region,
    credentials: LOCAL_S3_CREDENTIALS,
    forcePathStyle: true,
  });
}
