/**
 * `stages` on an HTTP API pattern: named stages beside `$default`, each with its throttle, and every private
 * integration mapping `overwrite:path` to `$request.path` so the services never see the stage in the path;
 * REST-only stage fields refused; cdk-nag clean.
 */
import { nagFindings, patternSynthesizer, resourcesOfType } from '@pik/cdk-constructs/testing';
import { describe, expect, it } from 'vitest';
import { HttpVpcLinkAlbsStack } from './index.js';

const synth = patternSynthesizer(HttpVpcLinkAlbsStack);
const { stack, json } = synth({
  services: ['orders'],
  stages: [{ name: 'test', throttle: { rateLimit: 20, burstLimit: 10 } }],
});

describe('HTTP API pattern stages', () => {
  it('adds the named stage beside $default with its own throttle, both auto-deployed', () => {
    const stages = Object.values(resourcesOfType(json, 'AWS::ApiGatewayV2::Stage')).map(
      (s) => s.Properties ?? {},
    );
    expect(stages.map((s) => s.StageName).sort()).toEqual(['$default', 'test']);
    const test = stages.find((s) => s.StageName === 'test');
    expect(test).toMatchObject({
      AutoDeploy: true,
      DefaultRouteSettings: { ThrottlingRateLimit: 20, ThrottlingBurstLimit: 10 },
    });
    expect(test?.AccessLogSettings).toBeDefined();
  });

  it('keeps the stage out of the path every private integration sends', () => {
    const integrations = Object.values(resourcesOfType(json, 'AWS::ApiGatewayV2::Integration')).map(
      (i) => i.Properties ?? {},
    );
    expect(integrations.length).toBeGreaterThan(0);
    for (const i of integrations) {
      expect(i.ConnectionType).toBe('VPC_LINK');
      expect(i.RequestParameters).toEqual({ 'overwrite:path': '$request.path' });
    }
  });

  it('is cdk-nag clean, and refuses what HTTP API stages do not have', () => {
    expect(nagFindings(stack)).toEqual([]);
    expect(() => synth({ stages: [{ name: 'prod', canary: { percentTraffic: 10 } }] })).toThrow(
      'stages[0].canary: HTTP API stages take a name and a throttle only',
    );
  });
});
