import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { type CustomDomain, REST_DOMAIN_SECURITY_POLICY } from '@pik/cdk-constructs';
import { cfnLintErrors, createFixtureRepo, resourcesOfType } from '@pik/cdk-constructs/testing';
import { DOMAIN_ZONE_CONTEXT_KEY, OUTPUT_KEYS, PATTERNS, type PatternId } from '@pik/contracts';
import { describe, expect, it } from 'vitest';
import { buildPikApp, type PikAppOptions, parseDomainZoneContext } from './app.js';

type Template = Parameters<typeof resourcesOfType>[0] & { Outputs?: Record<string, { Value: unknown }> };
const ZONE = 'Z0123456789ABCDEFGHIJ/example.com';
const IDS: PatternId[] = ['rest-vpclinkv2-alb', 'http-lambda-baseline', 'private-rest-api-alb'];
const RULES: CustomDomain['routingRules'] = [
  { priority: 10, headers: { 'x-version': 'beta*' }, stripBasePath: false },
  { priority: 20, basePaths: ['legacy'], stripBasePath: true },
];

/** Synthesizes the patterns (cdk-nag on, as `npm run synth`) with the given context. */
function synth(
  ids: readonly PatternId[],
  context: Record<string, string>,
  options: Partial<PikAppOptions> = {},
): { templates: Map<PatternId, Template>; files: string[] } {
  const previous = process.env.CDK_CONTEXT_JSON;
  process.env.CDK_CONTEXT_JSON = JSON.stringify(context);
  try {
    const outdir = mkdtempSync(join(tmpdir(), 'pik-cdk-domain-'));
    buildPikApp({ outdir, repoRoot: createFixtureRepo(), patterns: ids, ...options }).app.synth();
    const files = PATTERNS.filter((p) => ids.includes(p.id)).map((p) =>
      join(outdir, `${p.stackName}.template.json`),
    );
    const templates = new Map(
      PATTERNS.filter((p) => ids.includes(p.id)).map((p) => [
        p.id,
        JSON.parse(readFileSync(join(outdir, `${p.stackName}.template.json`), 'utf8')) as Template,
      ]),
    );
    return { templates, files };
  } finally {
    if (previous === undefined) delete process.env.CDK_CONTEXT_JSON;
    else process.env.CDK_CONTEXT_JSON = previous;
  }
}

const on = synth(
  IDS,
  { [DOMAIN_ZONE_CONTEXT_KEY]: ZONE },
  {
    stackProps: {
      'rest-vpclinkv2-alb': {
        domain: {
          name: 'api.example.com',
          hostedZoneId: 'Z0123456789ABCDEFGHIJ',
          zoneName: 'example.com',
          routingRules: RULES,
        },
      },
    },
  },
);
const template = (id: PatternId) => on.templates.get(id) as Template;
const only = (t: Template, type: string) => {
  const found = Object.values(resourcesOfType(t, type));
  expect(found, type).toHaveLength(1);
  return found[0]?.Properties as Record<string, unknown>;
};

describe('custom domain names on the patterns (domain prop, pik:domain-zone context)', () => {
  it('REST: a DNS-validated certificate, a Regional domain with the enhanced TLS policy, the stage under /v1, an alias record', () => {
    const t = template('rest-vpclinkv2-alb');
    expect(only(t, 'AWS::CertificateManager::Certificate')).toMatchObject({
      DomainName: 'api.example.com',
      ValidationMethod: 'DNS',
      DomainValidationOptions: [{ DomainName: 'api.example.com', HostedZoneId: 'Z0123456789ABCDEFGHIJ' }],
    });
    expect(only(t, 'AWS::ApiGateway::DomainName')).toMatchObject({
      DomainName: 'api.example.com',
      EndpointConfiguration: { Types: ['REGIONAL'] },
      SecurityPolicy: REST_DOMAIN_SECURITY_POLICY,
      EndpointAccessMode: 'STRICT',
      RoutingMode: 'ROUTING_RULE_THEN_BASE_PATH_MAPPING',
    });
    expect(only(t, 'AWS::ApiGateway::BasePathMapping')).toMatchObject({ BasePath: 'v1' });
    expect(only(t, 'AWS::Route53::RecordSet')).toMatchObject({
      Name: 'api.example.com.',
      Type: 'A',
      HostedZoneId: 'Z0123456789ABCDEFGHIJ',
    });
    expect(t.Outputs?.[OUTPUT_KEYS.customDomainUrl]?.Value).toBe('https://api.example.com/v1');
  });

  it('REST: routing rules in priority order with their header and base path conditions and the stage', () => {
    const rules = Object.values(
      resourcesOfType(template('rest-vpclinkv2-alb'), 'AWS::ApiGatewayV2::RoutingRule'),
    )
      .map((r) => r.Properties as Record<string, unknown>)
      .sort((a, b) => Number(a.Priority) - Number(b.Priority));
    expect(rules.map((r) => [r.Priority, r.Conditions])).toEqual([
      [10, [{ MatchHeaders: { AnyOf: [{ Header: 'x-version', ValueGlob: 'beta*' }] } }]],
      [20, [{ MatchBasePaths: { AnyOf: ['legacy'] } }]],
    ]);
    expect(
      rules.map((r) => (r.Actions as { InvokeApi: Record<string, unknown> }[])[0]?.InvokeApi),
    ).toMatchObject([
      { Stage: 'v1', StripBasePath: false },
      { Stage: 'v1', StripBasePath: true },
    ]);
  });

  it('HTTP: a TLS 1.2 domain (HTTP APIs accept no other) with the $default stage at the root', () => {
    const t = template('http-lambda-baseline');
    expect(only(t, 'AWS::ApiGatewayV2::DomainName')).toMatchObject({
      DomainName: 'http-lambda-baseline.example.com',
      DomainNameConfigurations: [
        expect.objectContaining({ SecurityPolicy: 'TLS_1_2', EndpointType: 'REGIONAL' }),
      ],
    });
    expect(only(t, 'AWS::ApiGatewayV2::ApiMapping').ApiMappingKey).toBeUndefined();
    expect(t.Outputs?.[OUTPUT_KEYS.customDomainUrl]?.Value).toBe('https://http-lambda-baseline.example.com');
  });

  it('leaves the private API (option 7) to its own private domain, and the default synth without any', () => {
    const t = template('private-rest-api-alb');
    expect(resourcesOfType(t, 'AWS::ApiGateway::DomainName')).toEqual({});
    expect(t.Outputs?.[OUTPUT_KEYS.customDomainUrl]).toBeUndefined();
    const off = synth(['http-lambda-baseline'], {}).templates.get('http-lambda-baseline') as Template;
    expect(resourcesOfType(off, 'AWS::ApiGatewayV2::DomainName')).toEqual({});
    expect(resourcesOfType(off, 'AWS::CertificateManager::Certificate')).toEqual({});
  });

  it('refuses, naming the field: a bad context value, rules on an HTTP API, a domain outside its zone, bad rules, a domain on the private API', () => {
    expect(() => parseDomainZoneContext('example.com')).toThrow(
      /pik:domain-zone must be HOSTED_ZONE_ID\/zone.name/,
    );
    expect(parseDomainZoneContext('Z0123456789ABCDEFGHIJ/Example.com.')).toEqual({
      hostedZoneId: 'Z0123456789ABCDEFGHIJ',
      zoneName: 'example.com',
    });
    const domain = { name: 'x.example.com', hostedZoneId: 'Z0123456789ABCDEFGHIJ', zoneName: 'example.com' };
    const attempt = (id: PatternId, d: CustomDomain) => () =>
      synth([id], {}, { nag: false, stackProps: { [id]: { domain: d } } });
    expect(attempt('http-lambda-baseline', { ...domain, routingRules: RULES })).toThrow(
      /routingRules are for REST APIs only/,
    );
    expect(attempt('rest-vpclinkv2-alb', { ...domain, name: 'api.example.org' })).toThrow(
      /name must be in zoneName example.com/,
    );
    expect(
      attempt('rest-vpclinkv2-alb', { ...domain, routingRules: [{ priority: 1, headers: { v: 'a*b' } }] }),
    ).toThrow(/headers.v 'a\*b' must be under 128 characters with '\*' only as/);
    expect(
      attempt('rest-vpclinkv2-alb', { ...domain, routingRules: [{ priority: 3 }, { priority: 3 }] }),
    ).toThrow(/two routing rules have priority 3/);
    expect(attempt('rest-vpclinkv2-alb', { ...domain, routingRules: [{ priority: 0 }] })).toThrow(
      /priority must be an integer from 1 to 1000000/,
    );
    expect(attempt('private-rest-api-alb', domain)).toThrow(/cannot front a private API/);
  });

  it('passes cfn-lint with zero errors with the domains on', () => {
    // Option 7 carries no domain (and is linted with every template in app.test.ts).
    const errors = cfnLintErrors(on.files.filter((f) => !f.includes('PikPrivateRestApiAlb')));
    if (errors) expect(errors).toEqual([]);
  });
});
