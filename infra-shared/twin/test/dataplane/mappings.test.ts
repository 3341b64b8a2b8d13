import type { IncomingMessage } from 'node:http';
import { describe, expect, it } from 'vitest';
import type { GatewayRequest, IntegrationConfig } from '../../src/dataplane/gateway/types.js';
import { backendPath } from '../../src/dataplane/http-forwarder.js';
import { compileRules } from '../../src/dataplane/lb/alb-rules.js';

const request = (over: Partial<GatewayRequest>): GatewayRequest => ({
  apiKind: 'rest',
  apiId: 'a',
  stage: 'prod',
  requestId: 'r',
  method: 'GET',
  rawPath: '/prod/orders/7',
  path: '/orders/7',
  rawQueryString: '',
  headers: {},
  body: Buffer.alloc(0),
  routeKey: 'GET /orders/{id}',
  resourcePath: '/orders/{id}',
  pathParameters: { id: '7' },
  trace: 'gateway:rest',
  sourceIp: '127.0.0.1',
  requestTimeEpoch: 0,
  signal: new AbortController().signal,
  ...over,
});

describe('backend path mapping', () => {
  it('REST: maps named path parameters and quoted literals into the URI, merging query strings', () => {
    const integration: IntegrationConfig = {
      id: 'i',
      type: 'HTTP_PROXY',
      uri: 'http://nlb:8083/v1/{tenant}/orders/{orderId}?src=apigw',
      requestParameters: {
        'integration.request.path.orderId': 'method.request.path.id',
        'integration.request.path.tenant': "'acme'",
      },
    };
    expect(backendPath(request({ rawQueryString: 'x=1' }), integration)).toBe(
      '/v1/acme/orders/7?src=apigw&x=1',
    );
  });

  it('REST: the root proxy URI with an empty {proxy}', () => {
    const integration: IntegrationConfig = { id: 'i', type: 'HTTP_PROXY', uri: 'http://nlb:8081/{proxy}' };
    expect(backendPath(request({ pathParameters: { proxy: 'catalog/items' } }), integration)).toBe(
      '/catalog/items',
    );
  });

  it('HTTP API private integration: stage kept; overwrite:path may combine literals and parameters', () => {
    const base: IntegrationConfig = {
      id: 'i',
      type: 'HTTP_PROXY',
      connectionType: 'VPC_LINK',
      uri: 'arn:listener',
    };
    const req = request({ apiKind: 'http', stage: 'test', rawPath: '/test/orders/7', rawQueryString: 'q=1' });
    expect(backendPath(req, base)).toBe('/test/orders/7?q=1');
    expect(
      backendPath(req, {
        ...base,
        requestParameters: { 'overwrite:path': '/internal/orders/$request.path.id' },
      }),
    ).toBe('/internal/orders/7?q=1');
  });
});

describe('the stage in the path of private integrations, per integration kind', () => {
  const proxyMethod = request({
    stage: 'v1',
    rawPath: '/v1/orders/7',
    path: '/orders/7',
    pathParameters: { proxy: '7' },
    rawQueryString: 'q=1',
  });
  const restPrivate = (vpcLinkVersion: 'v1' | 'v2'): IntegrationConfig => ({
    id: 'i',
    type: 'HTTP_PROXY',
    connectionType: 'VPC_LINK',
    vpcLinkVersion,
    uri: 'http://internal-lb.elb.amazonaws.com:8083/orders/{proxy}',
    requestParameters: { 'integration.request.path.proxy': 'method.request.path.proxy' },
  });

  it('REST + VPC link V1 (URI with a path): the URI path, no stage', () => {
    expect(backendPath(proxyMethod, restPrivate('v1'))).toBe('/orders/7?q=1');
  });

  it('REST + VPC link V2 (IntegrationTarget + URI): the stage, then the URI path', () => {
    expect(backendPath(proxyMethod, restPrivate('v2'))).toBe('/v1/orders/7?q=1');
    const root = request({ stage: 'v1', rawPath: '/v1/orders', path: '/orders', pathParameters: {} });
    expect(backendPath(root, { ...restPrivate('v2'), uri: 'http://lb:8083/orders' })).toBe('/v1/orders');
  });

  it('REST public HTTP_PROXY (no VPC link): the URI path, no stage', () => {
    const { connectionType: _, vpcLinkVersion: __, ...publicProxy } = restPrivate('v2');
    expect(backendPath(proxyMethod, publicProxy)).toBe('/orders/7?q=1');
  });

  it('HTTP API + VPC link (listener ARN): the path as received, stage included unless $default', () => {
    const integration: IntegrationConfig = {
      id: 'i',
      type: 'HTTP_PROXY',
      connectionType: 'VPC_LINK',
      vpcLinkVersion: 'v2',
      uri: 'arn:aws:elasticloadbalancing:eu-west-1:1:listener/app/orders/1/2',
    };
    const named = request({ apiKind: 'http', stage: 'live', rawPath: '/live/orders/7', path: '/orders/7' });
    expect(backendPath(named, integration)).toBe('/live/orders/7');
    const dflt = request({ apiKind: 'http', stage: '$default', rawPath: '/orders/7', path: '/orders/7' });
    expect(backendPath(dflt, integration)).toBe('/orders/7');
    const mapped = { ...integration, requestParameters: { 'overwrite:path': '$request.path' } };
    expect(backendPath(named, mapped)).toBe('/orders/7');
  });
});

describe('ALB rule conditions', () => {
  const req = (headers: Record<string, string>, method = 'GET') =>
    ({ headers, method }) as unknown as IncomingMessage;
  const [rule] = compileRules([
    {
      priority: 1,
      conditions: [
        { field: 'path-pattern', values: ['/img/?.png', '/api/*'] },
        { field: 'http-header', headerName: 'X-Tenant', values: ['blue*'] },
        { field: 'query-string', values: [{ key: 'v', value: '2' }, { value: 'beta' }] },
      ],
      action: { type: 'fixed-response', statusCode: 200 },
    },
  ]);
  const matches = (path: string, headers: Record<string, string>, query: string) =>
    rule?.matches(req(headers), path, query);

  it('all conditions must hold; any value of one condition may match; wildcards * and ?', () => {
    expect(matches('/img/a.png', { 'x-tenant': 'BlueBird' }, 'v=2')).toBe(true);
    expect(matches('/api/x/y', { 'x-tenant': 'blue' }, 'flag=beta')).toBe(true);
    expect(matches('/img/ab.png', { 'x-tenant': 'blue' }, 'v=2')).toBe(false);
    expect(matches('/API/x', { 'x-tenant': 'blue' }, 'v=2')).toBe(false);
    expect(matches('/api/x', { 'x-tenant': 'red' }, 'v=2')).toBe(false);
    expect(matches('/api/x', { 'x-tenant': 'blue' }, 'v=3')).toBe(false);
  });
});
