/** Kinesis data streams of a template (`AWS::Kinesis::Stream`), as the twin creates them in kinesalite. */
import { num, type Props, type TemplateContext } from './context.js';
import type { StreamSpec } from './topology.js';

/** Shards of an on-demand stream when it is created (Kinesis developer guide, "On-demand mode"). */
const ON_DEMAND_INITIAL_SHARDS = 4;

export function buildStreams(ctx: TemplateContext): StreamSpec[] {
  return ctx.ofType('AWS::Kinesis::Stream').map(([id, p]) => {
    ctx.consumed.add(id);
    const mode = (p.StreamModeDetails as Props | undefined)?.StreamMode;
    return {
      id,
      streamName: String(ctx.resolver.ref(id)),
      shardCount: num(p.ShardCount) ?? (mode === 'ON_DEMAND' ? ON_DEMAND_INITIAL_SHARDS : 1),
      encrypted: p.StreamEncryption !== undefined,
    };
  });
}
