/**
 * The cache-hit row of `bench:twin`: a REST gateway whose one method caches (the twin's cache stage, as a
 * template with `CachingEnabled` gets it) in front of a measured chain. Its first request misses and pays
 * the chain; every measured request after that is a hit, so its p50 against the chain's p50 in the same
 * run is what a hit costs against the chain it skips.
 */
import { PIK_HEADERS } from '@pik/contracts/headers';
import { createApiGateway, type Forward } from '@pik/twin';
import type { LoadTarget } from './load/protocol.js';

const STAGE = 'cached';

/** Forwards every request to `chain` as the load generator would send it. */
function forwardTo(chain: LoadTarget): Forward {
  const url = `${chain.origins[0]}${chain.path}`;
  return async () => {
    const response = await fetch(url, { headers: chain.headers });
    const headers: Record<string, string> = {};
    response.headers.forEach((value, name) => {
      if (name !== 'content-length' && name !== 'transfer-encoding') headers[name] = value;
    });
    return { statusCode: response.status, headers, body: Buffer.from(await response.arrayBuffer()) };
  };
}

export async function startCacheFront(
  chain: LoadTarget,
): Promise<{ target: LoadTarget; trace: string; stop: () => Promise<void> }> {
  const gateway = await createApiGateway(
    {
      apiId: 'bench-cache',
      kind: 'rest',
      stageName: STAGE,
      routes: [
        {
          routeKey: 'GET /{proxy+}',
          integration: { id: 'chain', type: 'HTTP_PROXY' },
          cache: {
            ttlSeconds: 3600,
            keyParameters: [],
            requireAuthorizationForCacheControl: true,
            unauthorizedStrategy: 'SUCCEED_WITH_RESPONSE_HEADER',
          },
        },
      ],
      cache: { capacityBytes: 64 * 1024 * 1024 },
    },
    { forward: forwardTo(chain), log: () => {} },
  );
  const target: LoadTarget = {
    name: `cache hit in front of ${chain.name}`,
    origins: [`http://${gateway.host}:${gateway.port}`],
    path: `/${STAGE}/item`,
    headers: {},
  };
  // The one miss, outside the measurement; what follows are hits.
  await (await fetch(`${target.origins[0]}${target.path}`)).arrayBuffer();
  const hit = await fetch(`${target.origins[0]}${target.path}`);
  await hit.arrayBuffer();
  if (hit.status !== 200) throw new Error(`cache front: ${chain.name} answered ${hit.status}`);
  return { target, trace: hit.headers.get(PIK_HEADERS.trace) ?? '', stop: () => gateway.close() };
}
