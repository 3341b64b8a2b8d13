import { ReceiveMessageCommand, type SQSClient } from '@aws-sdk/client-sqs';
import type { TargetPattern } from '@pik/contracts';

/** The part of an event source mapping's on-failure message the count needs (Lambda's stream shape). */
interface OnFailureMessage {
  readonly timestamp?: string;
  readonly KinesisBatchInfo?: { readonly batchSize?: number };
}

/** Records in the messages sent since `sinceMs`: each message names one batch given up on. */
function recordsSince(messages: readonly OnFailureMessage[], sinceMs: number): number {
  return messages
    .filter((m) => Date.parse(m.timestamp ?? '') >= sinceMs)
    .reduce((sum, m) => sum + (m.KinesisBatchInfo?.batchSize ?? 0), 0);
}

/** The twin keeps each mapping's on-failure messages in memory and lists them on its control surface. */
export async function twinQueuedSince(
  pattern: TargetPattern,
  sinceMs: number,
  fetchImpl: typeof fetch = fetch,
): Promise<number> {
  if (!pattern.controlUrl) throw new Error(`${pattern.id}: the targets file names no control surface`);
  const response = await fetchImpl(`${pattern.controlUrl}/event-sources`, {
    signal: AbortSignal.timeout(10_000),
  });
  if (response.status !== 200)
    throw new Error(`${pattern.id}: GET event-sources answered ${response.status}: ${await response.text()}`);
  const { onFailure } = (await response.json()) as { onFailure?: Record<string, OnFailureMessage[]> };
  return Object.values(onFailure ?? {}).reduce((sum, list) => sum + recordsSince(list, sinceMs), 0);
}

/** Receive calls at most: ten messages each, so up to 500 batches given up on are seen. */
const MAX_RECEIVES = 50;

/**
 * On AWS the messages are in the SQS on-failure queue. They are peeked, not taken: received with a
 * visibility timeout of 0, so they stay for whoever replays them. SQS hands out a sample of its servers'
 * messages per call; repeated calls are read until one brings nothing new.
 */
export async function sqsQueuedSince(sqs: SQSClient, queueUrl: string, sinceMs: number): Promise<number> {
  const seen = new Map<string, OnFailureMessage>();
  for (let i = 0; i < MAX_RECEIVES; i++) {
    const { Messages } = await sqs.send(
      new ReceiveMessageCommand({
        QueueUrl: queueUrl,
        MaxNumberOfMessages: 10,
        VisibilityTimeout: 0,
        WaitTimeSeconds: i === 0 ? 1 : 0,
      }),
    );
    const fresh = (Messages ?? []).filter((m) => m.MessageId && !seen.has(m.MessageId));
    if (fresh.length === 0) break;
    for (const m of fresh) seen.set(m.MessageId as string, JSON.parse(m.Body ?? '{}') as OnFailureMessage);
  }
  return recordsSince([...seen.values()], sinceMs);
}
