// biome-ignore-all lint/suspicious/noTemplateCurlyInString: exported values are written in Fn::Sub's ${} syntax
/**
 * `pik openapi export` over every pattern stack of the synthesized assembly (`npm run synth`): each document,
 * with and without API Gateway's extensions, is accepted by an OpenAPI 3.0 parser and carries what
 * `get-export` would: the routes, their parameters, the authorizer as a security scheme with its scope, the
 * request validator and the private integration (VPC link, target, URI) as the template wires it.
 */
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { PATTERNS } from '@pik/contracts';
import { afterAll, describe, expect, it } from 'vitest';
import { exportOpenApi } from '../../src/openapi/export.js';
import { runOpenApiCli } from '../../src/openapi/openapi-cli.js';
import { loadCloudAssembly } from '../../src/template/cdk-out.js';
import { expectValidOpenApi } from './openapi-validate.js';

const REPO_ROOT = resolve(import.meta.dirname, '..', '..', '..', '..');
const cdkOut = resolve(process.env.PIK_CDK_OUT ?? join(REPO_ROOT, 'cdk.out'));
const missing = !existsSync(join(cdkOut, 'manifest.json'));
if (missing && process.env.CI) throw new Error(`openapi export tests need the cloud assembly at ${cdkOut}`);
if (missing)
  console.warn(`[skipped] openapi export of the patterns: no cloud assembly at ${cdkOut} (npm run synth)`);

const stacks = missing ? [] : loadCloudAssembly(cdkOut);
const templateOf = (stackName: string) => {
  const stack = stacks.find((s) => s.stackName === stackName);
  if (!stack) throw new Error(`${stackName} is not in ${cdkOut}`);
  return stack.template;
};
// biome-ignore lint/suspicious/noExplicitAny: the assertions walk the exported JSON freely
type Op = Record<string, any>;
/** The ANY operation of a path, as the assertions read it. */
const anyMethod = (document: unknown, path: string): Op =>
  (document as Op).paths[path]['x-amazon-apigateway-any-method'];
const tmp = mkdtempSync(join(tmpdir(), 'pik-openapi-'));
afterAll(() => rmSync(tmp, { recursive: true, force: true }));

describe.skipIf(missing)('OpenAPI export of every pattern stack', () => {
  it.each(PATTERNS.map((p) => [p.id, p.stackName]))(
    '%s: both forms are valid OpenAPI 3.0',
    async (_id, stackName) => {
      for (const extensions of ['apigateway', 'none'] as const) {
        const { document } = exportOpenApi(templateOf(stackName), { extensions });
        await expectValidOpenApi(document);
        expect(Object.keys(document.paths)).toEqual(
          expect.arrayContaining(['/catalog', '/catalog/{proxy+}']),
        );
        const text = JSON.stringify(document);
        expect(text.includes('x-amazon-apigateway-integration')).toBe(extensions === 'apigateway');
      }
    },
  );

  it('REST with VPC link V1: the integration, the Cognito scheme with its scope and the validator', () => {
    const { document, flavour } = exportOpenApi(templateOf('PikRestVpcLinkPerNlb'));
    expect(flavour).toBe('rest');
    const proxy = anyMethod(document, '/catalog/{proxy+}');
    expect(proxy.parameters).toContainEqual({
      name: 'proxy+',
      in: 'path',
      required: true,
      schema: { type: 'string' },
    });
    const [scheme, scopes] = Object.entries(proxy.security[0])[0] as [string, string[]];
    expect(scopes).toEqual(['pik/invoke']);
    expect(document.components.securitySchemes?.[scheme]).toMatchObject({
      type: 'apiKey',
      name: 'Authorization',
      in: 'header',
      'x-amazon-apigateway-authtype': 'cognito_user_pools',
      'x-amazon-apigateway-authorizer': {
        type: 'cognito_user_pools',
        providerARNs: ['${AuthUserPool8115E87F.Arn}'],
      },
    });
    expect(proxy['x-amazon-apigateway-integration']).toMatchObject({
      type: 'http_proxy',
      httpMethod: 'ANY',
      connectionType: 'VPC_LINK',
      connectionId: expect.stringMatching(/^\$\{PrivateCatalogVpcLink\w+\}$/),
      uri: expect.stringMatching(/^http:\/\/\$\{PrivateCatalogNlb\w+\.DNSName\}:8081\/catalog\/\{proxy\}$/),
      passthroughBehavior: 'when_no_match',
      timeoutInMillis: 29000,
    });
    const validator = proxy['x-amazon-apigateway-request-validator'];
    expect((document as Op)['x-amazon-apigateway-request-validators'][validator]).toEqual({
      validateRequestBody: true,
      validateRequestParameters: true,
    });
    expect(document.servers[0]).toMatchObject({ variables: { basePath: { default: 'v1' } } });
  });

  it('REST with VPC link V2: the integration target is the ALB', () => {
    const { document } = exportOpenApi(templateOf('PikRestVpcLinkV2Alb'));
    const integration = anyMethod(document, '/orders')['x-amazon-apigateway-integration'];
    expect(integration.integrationTarget).toMatch(/^\$\{PrivateOrdersAlb\w+\}$/);
    expect(integration.connectionId).toMatch(/^\$\{PrivateVpcLink\w+\}$/);
  });

  it('HTTP API: JWT scheme, VPC link V2 to the listener, payload 1.0; Lambda baseline: aws_proxy 2.0', () => {
    const albs = exportOpenApi(templateOf('PikHttpVpcLinkAlbs')).document;
    const route = anyMethod(albs, '/orders/{proxy+}');
    expect(route.parameters).toEqual([
      { name: 'proxy+', in: 'path', required: true, schema: { type: 'string' } },
    ]);
    const [scheme, scopes] = Object.entries(route.security[0])[0] as [string, string[]];
    expect(scopes).toEqual(['pik/invoke']);
    expect(albs.components.securitySchemes?.[scheme]).toMatchObject({
      type: 'openIdConnect',
      openIdConnectUrl:
        'https://cognito-idp.${AWS::Region}.amazonaws.com/${AuthUserPool8115E87F}/.well-known/openid-configuration',
      'x-amazon-apigateway-authorizer': {
        type: 'jwt',
        identitySource: '$request.header.Authorization',
        jwtConfiguration: { audience: ['${AuthUserPoolMachineClientE93059EA}'] },
      },
    });
    expect(route['x-amazon-apigateway-integration']).toMatchObject({
      type: 'http_proxy',
      connectionType: 'VPC_LINK',
      uri: expect.stringMatching(/^\$\{PrivateOrdersAlbListener\w+\}$/),
      payloadFormatVersion: '1.0',
      timeoutInMillis: 30000,
    });
    expect((albs as Op)['x-amazon-apigateway-importexport-version']).toBe('1.0');
    const baseline = exportOpenApi(templateOf('PikHttpLambdaBaseline')).document;
    const lambda = anyMethod(baseline, '/orders')['x-amazon-apigateway-integration'];
    expect(lambda).toMatchObject({ type: 'aws_proxy', httpMethod: 'POST', payloadFormatVersion: '2.0' });
    expect(lambda.uri).toMatch(/^\$\{ServicesOrdersLambdaFunction\w+\.Arn\}$/);
  });

  it('the private REST API carries its resource policy', () => {
    const { document } = exportOpenApi(templateOf('PikPrivateRestApiAlb'));
    const policy = (document as Op)['x-amazon-apigateway-policy'];
    expect(JSON.stringify(policy)).toContain('aws:SourceVpce');
  });

  it('the command writes the file, takes a pattern id, and refuses bad input naming the field', async () => {
    const out = join(tmp, 'rest.json');
    const args = [
      'export',
      'rest-vpclinkv2-alb',
      '--cdk-out',
      cdkOut,
      '--stage',
      'v1',
      '--extensions',
      'none',
    ];
    expect(await runOpenApiCli([...args, '--out', out])).toBe(0);
    const written = JSON.parse(readFileSync(out, 'utf8'));
    await expectValidOpenApi(written);
    expect(JSON.stringify(written)).not.toContain('x-amazon-apigateway');
    const errors: string[] = [];
    const write = process.stderr.write.bind(process.stderr);
    process.stderr.write = ((chunk: string) => errors.push(String(chunk)) > 0) as typeof process.stderr.write;
    try {
      expect(
        await runOpenApiCli(['export', 'rest-vpclinkv2-alb', '--cdk-out', cdkOut, '--stage', 'prod']),
      ).toBe(2);
      expect(
        await runOpenApiCli(['export', 'rest-vpclinkv2-alb', '--cdk-out', cdkOut, '--extensions', 'aws']),
      ).toBe(2);
      expect(await runOpenApiCli(['export', 'NoSuchStack', '--cdk-out', cdkOut])).toBe(2);
    } finally {
      process.stderr.write = write;
    }
    const text = errors.join('');
    expect(text).toContain("--stage: RestApi135E9C73 has no stage 'prod' (stages: v1)");
    expect(text).toContain("--extensions: 'aws' is not apigateway or none");
    expect(text).toContain("<stack>: no stack 'NoSuchStack'");
  });
});
