/**
 * The twin's EventBridge: `PutEvents` (AWS JSON 1.1, `X-Amz-Target: AWSEvents.PutEvents`) on 127.0.0.1,
 * reached by the SDK through `AWS_ENDPOINT_URL_EVENTBRIDGE`. Each entry is matched against the template's
 * rules on its bus and delivered asynchronously to their Lambda targets as an EventBridge event, with up to
 * two retries after a function error (the rule target's retry policy); what failed is logged.
 */
import { randomUUID } from 'node:crypto';
import { createServer, type IncomingMessage } from 'node:http';
import type { AddressInfo } from 'node:net';
import type { EventRuleSpec } from '../../template/websocket-topology.js';
import type { InvokeLambda } from '../lambda-invoke.js';
import { matchesPattern } from './event-pattern.js';

export interface RunningEventBus {
  readonly port: number;
  /** `http://127.0.0.1:<port>`: the endpoint for the SDK. */
  readonly url: string;
  /** Resolves when every delivery started so far has finished (tests and benchmarks wait on it). */
  settled(): Promise<void>;
  close(): Promise<void>;
}

interface PutEntry {
  readonly Source?: string;
  readonly DetailType?: string;
  readonly Detail?: string;
  readonly EventBusName?: string;
  readonly Resources?: string[];
}

const RETRIES = 2;

async function readJson(req: IncomingMessage): Promise<unknown> {
  const chunks: Buffer[] = [];
  for await (const chunk of req) chunks.push(chunk as Buffer);
  return JSON.parse(Buffer.concat(chunks).toString('utf8') || '{}');
}

export async function createEventBus(
  rules: readonly EventRuleSpec[],
  deps: { readonly invoke: InvokeLambda; readonly log?: (line: string) => void; readonly port?: number },
): Promise<RunningEventBus> {
  const inFlight = new Set<Promise<void>>();
  const deliver = async (functionId: string, event: Record<string, unknown>) => {
    for (let attempt = 0; attempt <= RETRIES; attempt++) {
      const result = await deps
        .invoke(functionId, event)
        .catch((error: Error) => ({ functionError: error.message }));
      if (!result.functionError) return;
      deps.log?.(
        `event ${String(event.id)} to lambda:${functionId} failed (attempt ${attempt + 1}): ${result.functionError}`,
      );
    }
  };
  const put = (entry: PutEntry): string => {
    const id = randomUUID();
    const event = {
      version: '0',
      id,
      'detail-type': entry.DetailType ?? '',
      source: entry.Source ?? '',
      account: '000000000000',
      time: new Date().toISOString().replace(/\.\d+Z$/, 'Z'),
      region: 'us-east-1',
      resources: entry.Resources ?? [],
      detail: JSON.parse(entry.Detail ?? '{}') as unknown,
    };
    const bus = entry.EventBusName ?? 'default';
    for (const rule of rules.filter((r) => r.busName === bus && matchesPattern(r.pattern, event))) {
      for (const functionId of rule.functionIds) {
        const delivery = deliver(functionId, event).finally(() => inFlight.delete(delivery));
        inFlight.add(delivery);
      }
    }
    return id;
  };
  const server = createServer((req, res) => {
    const target = req.headers['x-amz-target'];
    const answer = (status: number, body: unknown) =>
      res.writeHead(status, { 'content-type': 'application/x-amz-json-1.1' }).end(JSON.stringify(body));
    if (req.method !== 'POST' || target !== 'AWSEvents.PutEvents') {
      answer(400, {
        __type: 'UnknownOperationException',
        message: `the twin's EventBridge answers PutEvents only, not ${String(target)}`,
      });
      return;
    }
    readJson(req)
      .then((body) => {
        const entries = ((body as { Entries?: PutEntry[] }).Entries ?? []).map((e) => ({ EventId: put(e) }));
        answer(200, { FailedEntryCount: 0, Entries: entries });
      })
      .catch((error: Error) => answer(400, { __type: 'ValidationException', message: error.message }));
  });
  await new Promise<void>((resolve) => server.listen(deps.port ?? 0, '127.0.0.1', () => resolve()));
  const { port } = server.address() as AddressInfo;
  return {
    port,
    url: `http://127.0.0.1:${port}`,
    settled: async () => {
      while (inFlight.size > 0) await Promise.allSettled([...inFlight]);
    },
    close: async () => {
      server.closeAllConnections();
      await new Promise<void>((resolve) => server.close(() => resolve()));
    },
  };
}
