/**
 * Event source mappings of a template (`AWS::Lambda::EventSourceMapping`) that read a Kinesis stream of
 * the same template, as the twin polls them: batch size, batching window, bisect on error, retries and the
 * on-failure destination, with AWS's defaults where the template leaves a setting out.
 */
import { num, type Props, str, type TemplateContext } from './context.js';
import type { EventSourceSpec, LambdaFunctionSpec, StreamSpec } from './topology.js';

/** Defaults of a Kinesis event source mapping (Lambda API reference, CreateEventSourceMapping). */
const KINESIS_MAPPING_DEFAULTS = { batchSize: 100, maximumRetryAttempts: -1 } as const;

export function buildEventSources(
  ctx: TemplateContext,
  streams: readonly StreamSpec[],
  functions: readonly LambdaFunctionSpec[],
): EventSourceSpec[] {
  const out: EventSourceSpec[] = [];
  for (const [id, p] of ctx.ofType('AWS::Lambda::EventSourceMapping')) {
    const streamName = /:stream\/(.+)$/.exec(str(p.EventSourceArn) ?? '')?.[1];
    const stream = streams.find((s) => s.streamName === streamName);
    const fn = functions.find((f) => f.functionName === str(p.FunctionName) || f.id === str(p.FunctionName));
    if (!stream || !fn) continue;
    ctx.consumed.add(id);
    const destination = str(
      ((p.DestinationConfig as Props | undefined)?.OnFailure as Props | undefined)?.Destination,
    );
    out.push({
      id,
      functionId: fn.id,
      streamName: stream.streamName,
      batchSize: num(p.BatchSize) ?? KINESIS_MAPPING_DEFAULTS.batchSize,
      batchingWindowMs: (num(p.MaximumBatchingWindowInSeconds) ?? 0) * 1000,
      bisectOnError: p.BisectBatchOnFunctionError === true || p.BisectBatchOnFunctionError === 'true',
      maximumRetryAttempts: num(p.MaximumRetryAttempts) ?? KINESIS_MAPPING_DEFAULTS.maximumRetryAttempts,
      startingPosition: str(p.StartingPosition) === 'LATEST' ? 'LATEST' : 'TRIM_HORIZON',
      ...(destination ? { onFailureDestination: destination } : {}),
    });
  }
  return out;
}
