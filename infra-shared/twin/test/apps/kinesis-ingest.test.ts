/**
 * The RestApiToKinesis fixture app (`rest-kinesis-ingest`), synthesized by CDK and run from its template:
 * the stream it declares is created in the twin's kinesalite, `POST /events` puts each event on it through
 * the AWS integration, its VTL PutRecord template rendered by the twin's mapping engine (records read back
 * with the SDK's GetShardIterator / GetRecords), the body validator refuses
 * an event without a partition key before the stream sees it, and `GET /events` answers the stream's state.
 */
import { describe, expect, it } from 'vitest';
import { recordsOnFirstShard } from '../kinesis-records.js';
import { idsOfType, templateOf } from './fixture-apps.js';
import { fixtureAppSuite } from './fixture-suite.js';

const STACK = 'KinesisIngestStack';

const suite = fixtureAppSuite('rest-kinesis-ingest');

function events(init: RequestInit = {}): Promise<Response> {
  const base = suite.app.twin.patterns.get(STACK)?.gateway.baseUrl;
  return fetch(`${base}/events`, init);
}

const postEvent = (body: string, contentType = 'application/json') =>
  events({ method: 'POST', headers: { 'content-type': contentType }, body });

async function recordsOnStream(): Promise<{ data: string; key: string }[]> {
  const endpoint = suite.app.twin.awsEndpoints.kinesis;
  if (!endpoint) throw new Error('no local Kinesis');
  const streamId = idsOfType(templateOf(suite.cdkOut, STACK), 'AWS::Kinesis::Stream')[0];
  return recordsOnFirstShard(endpoint, `${STACK}-${streamId}`);
}

describe('RestApiToKinesis in the twin (rest-kinesis-ingest)', () => {
  it('GET /events answers the state of the stream the template declares', async () => {
    const response = await events();
    expect(response.status).toBe(200);
    const { StreamDescriptionSummary: summary } = (await response.json()) as {
      StreamDescriptionSummary: Record<string, unknown>;
    };
    const streamId = idsOfType(templateOf(suite.cdkOut, STACK), 'AWS::Kinesis::Stream')[0];
    expect(summary).toMatchObject({
      StreamName: `${STACK}-${streamId}`,
      StreamStatus: 'ACTIVE',
      OpenShardCount: 1,
    });
  });

  it('POST /events puts each event on the stream, keyed by its id; the SDK reads them back in order', async () => {
    const sent = [
      { id: 'device-1', temperature: 21.5 },
      { id: 'device-2', temperature: 19 },
      { id: 'device-"3"', note: 'quoted key' },
      { id: 'capteur-é', note: 'non-ASCII key, escaped as \\u00E9 by $util.escapeJavaScript' },
    ].map((e) => JSON.stringify(e));
    for (const body of sent) {
      const response = await postEvent(body);
      expect(response.status).toBe(200);
      expect(response.headers.get('x-pik-trace')).toBe('gateway:rest > aws:kinesis.PutRecord');
      // The construct's response template keeps only these two of the service's answer.
      expect(await response.json()).toEqual({
        sequenceNumber: expect.stringMatching(/^\d{20,}$/),
        shardId: 'shardId-000000000000',
      });
    }
    expect(await recordsOnStream()).toEqual([
      { data: sent[0], key: 'device-1' },
      { data: sent[1], key: 'device-2' },
      { data: sent[2], key: 'device-"3"' },
      { data: sent[3], key: 'capteur-é' },
    ]);
  });

  it('an event without its partition key is refused by the validator (400) and never reaches the stream', async () => {
    const before = (await recordsOnStream()).length;
    const response = await postEvent(JSON.stringify({ temperature: 20 }));
    expect([response.status, await response.text()]).toEqual([400, '{"message": "Invalid request body"}']);
    const csv = await postEvent('id,temperature', 'text/csv');
    expect(csv.status).toBe(415);
    expect((await recordsOnStream()).length).toBe(before);
  });

  it('runs both methods, names their credentials roles and IAM authorization as not enforced, and the Kinesis it started', () => {
    const methods = idsOfType(templateOf(suite.cdkOut, STACK), 'AWS::ApiGateway::Method');
    expect(methods).toHaveLength(2);
    for (const id of methods) {
      expect(suite.app.listing).toMatch(
        new RegExp(
          `${id} \\((POST|GET) /events\\): the AWS integration's credentials role .* is not enforced`,
        ),
      );
      expect(suite.app.listing).toMatch(
        new RegExp(`${id} \\((POST|GET) /events\\): IAM authorization \\(SigV4\\) is not checked`),
      );
      expect(suite.app.listing).not.toMatch(new RegExp(`${id} .*answers 500`));
    }
    expect(suite.app.listing).toMatch(/Kinesis embedded \(kinesalite\) http:\/\/127\.0\.0\.1:\d+: 1 streams/);
  });
});
