import {
  GetFunctionConfigurationCommand,
  UpdateFunctionConfigurationCommand,
  waitUntilFunctionUpdatedV2,
} from '@aws-sdk/client-lambda';
import type { TargetPattern } from '@pik/contracts';
import type { AwsClients } from './clients.js';

/** Environment variable whose change makes Lambda discard every execution environment of a function. */
export const COLD_START_NONCE = 'PIK_COLD_START_NONCE';

/**
 * Forces the next invocations of every Lambda function of a pattern to start cold: a configuration
 * change (a nonce in the environment, other variables kept) retires all environments; waits until
 * LastUpdateStatus is Successful so the benchmark does not race the update.
 */
export async function forceLambdaColdStarts(
  clients: Pick<AwsClients, 'lambda'>,
  pattern: TargetPattern,
  options: { maxWaitSec?: number; nonce?: string } = {},
): Promise<string[]> {
  const names = pattern.services.flatMap((s) =>
    s.compute === 'lambda' && s.functionName ? [s.functionName] : [],
  );
  const nonce = options.nonce ?? String(Date.now());
  await Promise.all(
    names.map(async (FunctionName) => {
      const current = await clients.lambda.send(new GetFunctionConfigurationCommand({ FunctionName }));
      const Variables = { ...(current.Environment?.Variables ?? {}), [COLD_START_NONCE]: nonce };
      await clients.lambda.send(
        new UpdateFunctionConfigurationCommand({ FunctionName, Environment: { Variables } }),
      );
      const outcome = await waitUntilFunctionUpdatedV2(
        { client: clients.lambda, maxWaitTime: options.maxWaitSec ?? 180, minDelay: 1, maxDelay: 5 },
        { FunctionName },
      );
      if (outcome.state !== 'SUCCESS')
        throw new Error(`${FunctionName}: configuration update did not succeed (${outcome.state})`);
    }),
  );
  return names;
}
