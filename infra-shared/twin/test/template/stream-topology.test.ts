import { describe, expect, it } from 'vitest';
import { createTemplateContext } from '../../src/template/context.js';
import { buildStreams } from '../../src/template/stream-topology.js';

function context(resources: Record<string, unknown>) {
  return createTemplateContext({
    stackName: 'S',
    templatePath: 'S.template.json',
    template: { Resources: resources } as never,
    patternId: undefined,
    declaredServices: [],
    assets: { files: new Map(), images: new Map() },
  });
}

describe('Kinesis streams of a template', () => {
  it('reads name, shards and encryption; an on-demand stream starts with 4 shards', () => {
    const ctx = context({
      Named: {
        Type: 'AWS::Kinesis::Stream',
        Properties: {
          Name: 'clicks',
          ShardCount: 3,
          StreamEncryption: { EncryptionType: 'KMS', KeyId: 'k' },
        },
      },
      OnDemand: {
        Type: 'AWS::Kinesis::Stream',
        Properties: { StreamModeDetails: { StreamMode: 'ON_DEMAND' } },
      },
    });
    expect(buildStreams(ctx)).toEqual([
      { id: 'Named', streamName: 'clicks', shardCount: 3, encrypted: true },
      { id: 'OnDemand', streamName: 'S-OnDemand', shardCount: 4, encrypted: false },
    ]);
    expect(ctx.consumed.has('Named')).toBe(true);
  });

  it("resolves a stream's Ref to its name and its Arn to a kinesis stream ARN", () => {
    const ctx = context({ Events: { Type: 'AWS::Kinesis::Stream', Properties: { ShardCount: 1 } } });
    expect(ctx.resolver.ref('Events')).toBe('S-Events');
    expect(ctx.resolver.getAtt('Events', 'Arn')).toMatch(/^arn:aws:kinesis:[^:]+:\d+:stream\/S-Events$/);
  });
});
