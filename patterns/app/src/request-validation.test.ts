import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { toDraft4Schema } from '@pik/cdk-constructs';
import { createFixtureRepo, resourcesOfType, serviceOf } from '@pik/cdk-constructs/testing';
import { REQUEST_VALIDATION_CONTEXT_KEY } from '@pik/contracts';
import { patchSchema } from '@pik/service-kit';
import { orderResource } from '@pik/service-orders';
import { describe, expect, it } from 'vitest';
import { buildPikApp } from './app.js';

type Template = Parameters<typeof resourcesOfType>[0];

/** Synthesizes the per-NLB REST pattern (cdk-nag on) with `pik:request-validation` set or not. */
function synth(validation: string | undefined): { template: Template; file: string } {
  const previous = process.env.CDK_CONTEXT_JSON;
  process.env.CDK_CONTEXT_JSON = JSON.stringify(
    validation === undefined ? {} : { [REQUEST_VALIDATION_CONTEXT_KEY]: validation },
  );
  try {
    const dir = mkdtempSync(join(tmpdir(), 'pik-cdk-validation-'));
    buildPikApp({
      outdir: dir,
      repoRoot: createFixtureRepo(),
      patterns: ['rest-vpclink-per-nlb'],
    }).app.synth();
    const file = join(dir, 'PikRestVpcLinkPerNlb.template.json');
    return { template: JSON.parse(readFileSync(file, 'utf8')) as Template, file };
  } finally {
    if (previous === undefined) delete process.env.CDK_CONTEXT_JSON;
    else process.env.CDK_CONTEXT_JSON = previous;
  }
}

const on = synth('true');
const off = synth(undefined);

const props = (r: { Properties?: unknown }) => (r.Properties ?? {}) as Record<string, unknown>;

describe('request validation on the REST patterns (pik:request-validation)', () => {
  it('adds a draft-4 model per service write body, converted from the schema Fastify validates with', () => {
    const models = Object.values(resourcesOfType(on.template, 'AWS::ApiGateway::Model')).map(props);
    expect(models.map((m) => m.Name).sort()).toEqual(
      ['Catalog', 'Customers', 'Inventory', 'Orders'].flatMap((s) => [`${s}Create`, `${s}Update`]).sort(),
    );
    const byName = (name: string) => models.find((m) => m.Name === name);
    expect(byName('OrdersCreate')).toMatchObject({
      ContentType: 'application/json',
      Schema: toDraft4Schema(orderResource.createBody),
    });
    expect(byName('OrdersUpdate')?.Schema).toEqual(toDraft4Schema(patchSchema(orderResource.patchFields)));
  });

  it('POST /<svc> and PATCH /<svc>/{proxy+} carry the model and the body-and-parameters validator', () => {
    const methods = Object.values(resourcesOfType(on.template, 'AWS::ApiGateway::Method'));
    const writes = methods.filter((m) => ['POST', 'PATCH'].includes(String(props(m).HttpMethod)));
    expect(writes).toHaveLength(8);
    const validators = resourcesOfType(on.template, 'AWS::ApiGateway::RequestValidator');
    expect(Object.values(validators).map(props)).toEqual([
      expect.objectContaining({ ValidateRequestBody: true, ValidateRequestParameters: true }),
    ]);
    const [validatorId] = Object.keys(validators);
    const orders = writes.filter((m) => serviceOf(m) === 'orders').map(props);
    expect(orders.map((m) => m.HttpMethod).sort()).toEqual(['PATCH', 'POST']);
    for (const m of orders) {
      expect(m.RequestValidatorId).toEqual({ Ref: validatorId });
      const ref = (m.RequestModels as Record<string, { Ref: string }>)['application/json']?.Ref ?? '';
      const model = props(on.template.Resources[ref] ?? {});
      expect(model.Name).toBe(m.HttpMethod === 'POST' ? 'OrdersCreate' : 'OrdersUpdate');
      expect(m.RequestParameters).toEqual(
        m.HttpMethod === 'PATCH' ? { 'method.request.path.proxy': true } : {},
      );
      expect((m.Integration as { ConnectionType?: string }).ConnectionType).toBe('VPC_LINK');
    }
  });

  it('is off by default: no models and no extra methods, every other resource unchanged', () => {
    expect(resourcesOfType(off.template, 'AWS::ApiGateway::Model')).toEqual({});
    const added = Object.keys(on.template.Resources).filter((id) => !(id in off.template.Resources));
    const types = added.map((id) => on.template.Resources[id]?.Type).sort();
    expect(types.filter((t) => t !== 'AWS::ApiGateway::Deployment')).toEqual(
      [...Array(8).fill('AWS::ApiGateway::Model'), ...Array(8).fill('AWS::ApiGateway::Method')].sort(),
    );
    // The deployment is new (its hash covers the methods) and the stage points at it; nothing else moves.
    const moved = Object.keys(off.template.Resources).filter(
      (id) => JSON.stringify(off.template.Resources[id]) !== JSON.stringify(on.template.Resources[id]),
    );
    expect(moved.map((id) => off.template.Resources[id]?.Type).sort()).toEqual(
      ['AWS::ApiGateway::Deployment', 'AWS::ApiGateway::Stage'].filter((t) =>
        moved.some((id) => off.template.Resources[id]?.Type === t),
      ),
    );
  });

  it('cfn-lint finds no errors in the template with validation on', () => {
    const run = spawnSync('cfn-lint', ['--format', 'parseable', on.file], { encoding: 'utf8' });
    expect(run.stdout.split('\n').filter((line) => /:E\d{4}:/.test(line))).toEqual([]);
  });
});
