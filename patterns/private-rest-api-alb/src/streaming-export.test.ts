/**
 * Response streaming on option 7 (the default synth): each service's `GET /<svc>/export` invokes its
 * export function (the bundle's `index.streamingHandler`) through the Lambda streaming invocation URI with
 * `ResponseTransferMode: STREAM`; `ANY /<svc>/export` and every other method stay buffered on the service's
 * own function; API Gateway may invoke the export function for that method and path only.
 */
import { patternSynthesizer, resourcesOfType, serviceOf } from '@pik/cdk-constructs/testing';
import { describe, expect, it } from 'vitest';
import { PrivateRestApiAlbStack } from './index.js';

type Props = Record<string, unknown>;
const { json } = patternSynthesizer(PrivateRestApiAlbStack)({ services: ['catalog'] });
const functions = Object.entries(resourcesOfType(json, 'AWS::Lambda::Function')).filter(
  ([, r]) => serviceOf(r) === 'catalog',
);
const handlerOf = (id: string) => functions.find(([fid]) => fid === id)?.[1].Properties.Handler;
const methods = Object.values(resourcesOfType(json, 'AWS::ApiGateway::Method')).map((m) => m.Properties);
const integration = (m: Props) => m.Integration as Props;
/** The function logical id an integration URI names. */
const uriFunction = (m: Props) =>
  /"Fn::GetAtt":\["([^"]+)","Arn"\]/.exec(JSON.stringify(integration(m).Uri))?.[1];

describe('option 7 streams GET /<svc>/export through a Lambda response-streaming invocation', () => {
  const streamed = methods.filter((m) => integration(m).ResponseTransferMode === 'STREAM');

  it('gives the service a second function running the streaming handler of the same bundle', () => {
    expect(functions.map(([, r]) => r.Properties.Handler).sort()).toEqual([
      'index.handler',
      'index.streamingHandler',
    ]);
  });

  it('streams the GET export from that function, through the 2021-11-15 streaming URI', () => {
    expect(streamed).toHaveLength(1);
    const [get] = streamed as [Props];
    expect([get.HttpMethod, integration(get).Type, integration(get).IntegrationHttpMethod]).toEqual([
      'GET',
      'AWS_PROXY',
      'POST',
    ]);
    const uri = JSON.stringify(integration(get).Uri);
    expect(uri).toContain(':lambda:path/2021-11-15/functions/');
    expect(uri).toMatch(/"\/response-streaming-invocations"\]\]\}$/);
    expect(handlerOf(uriFunction(get) ?? '')).toBe('index.streamingHandler');
  });

  it('keeps every other method buffered on the service function', () => {
    const buffered = methods.filter((m) => integration(m).Type === 'AWS_PROXY' && !streamed.includes(m));
    expect(buffered).toHaveLength(3);
    for (const m of buffered) {
      expect(integration(m).ResponseTransferMode).toBeUndefined();
      expect(JSON.stringify(integration(m).Uri)).toContain('/invocations"');
      expect(handlerOf(uriFunction(m) ?? '')).toBe('index.handler');
    }
  });

  it('lets API Gateway invoke the export function for GET /catalog/export only', () => {
    const exportId = functions.find(([, r]) => r.Properties.Handler === 'index.streamingHandler')?.[0];
    const permissions = Object.values(resourcesOfType(json, 'AWS::Lambda::Permission'))
      .map((p) => p.Properties)
      .filter((p) => JSON.stringify(p.FunctionName).includes(exportId ?? '?'));
    expect(permissions).toHaveLength(1);
    expect(permissions[0]?.Principal).toBe('apigateway.amazonaws.com');
    expect(JSON.stringify(permissions[0]?.SourceArn)).toMatch(/\/\*\/GET\/catalog\/export"/);
  });
});
