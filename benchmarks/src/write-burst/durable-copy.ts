import { gunzipSync } from 'node:zlib';
import { GetObjectCommand, ListObjectsV2Command, S3Client } from '@aws-sdk/client-s3';
import { firehoseListingSince } from '@pik/contracts';

/** The twin's s3rver takes these (and any) credentials; they open nothing real. */
const TWIN_S3_CREDENTIALS = { accessKeyId: 'S3RVER', secretAccessKey: 'S3RVER' } as const;

/** An S3 client for the copy's bucket: the twin's s3rver (path-style), else the Region's S3. */
export function durableCopyClient(options: { endpoint?: string; region?: string }): S3Client {
  return options.endpoint
    ? new S3Client({
        endpoint: options.endpoint,
        region: 'us-east-1',
        credentials: TWIN_S3_CREDENTIALS,
        forcePathStyle: true,
      })
    : new S3Client({ region: options.region });
}

/** Firehose writes GZIP objects when the template says so; a plain object is read as it is. */
function textOf(bytes: Uint8Array): string {
  const gzip = bytes[0] === 0x1f && bytes[1] === 0x8b;
  return (gzip ? gunzipSync(bytes) : Buffer.from(bytes)).toString('utf8');
}

/**
 * Which of `writeIds` appear in the bucket's objects written since `sinceMs` (Firehose concatenates the
 * stream's records as they are, so each record's JSON names its write id). With Firehose's `dataPrefix`,
 * only the keys of the periods since then are listed; without it, every key of the bucket.
 */
export async function idsInDurableCopy(
  s3: S3Client,
  bucket: string,
  writeIds: ReadonlySet<string>,
  sinceMs: number,
  dataPrefix?: string,
): Promise<Set<string>> {
  // Clocks and second-rounded modification times: a few seconds of slack before the run.
  const fromMs = sinceMs - 5_000;
  const listing = firehoseListingSince(dataPrefix, new Date(fromMs));
  const found = new Set<string>();
  let token: string | undefined;
  do {
    const page = await s3.send(
      new ListObjectsV2Command({
        Bucket: bucket,
        ...listing,
        ...(token ? { ContinuationToken: token } : {}),
      }),
    );
    for (const object of page.Contents ?? []) {
      if (!object.Key || (object.LastModified?.getTime() ?? 0) < fromMs) continue;
      const body = await s3.send(new GetObjectCommand({ Bucket: bucket, Key: object.Key }));
      const text = textOf((await body.Body?.transformToByteArray()) ?? new Uint8Array());
      for (const match of text.matchAll(/"writeId":"([0-9a-f-]{36})"/g)) {
        const id = match[1] as string;
        if (writeIds.has(id)) found.add(id);
      }
    }
    token = page.IsTruncated ? page.NextContinuationToken : undefined;
  } while (token);
  return found;
}
