import { type Static, Type } from 'typebox';

/**
 * A throttle as API Gateway states it: a steady rate (requests per second) and a token-bucket size (burst).
 * One shape for stage, route, method, usage-plan and account throttles, in templates, targets files, results
 * and the twin's token buckets.
 */
export const Throttle = Type.Object(
  {
    rateLimit: Type.Number({ minimum: 0, description: 'Steady-state requests per second' }),
    burstLimit: Type.Number({
      minimum: 0,
      description: 'Token-bucket size: requests that may arrive at once',
    }),
  },
  { additionalProperties: false },
);
export type Throttle = Static<typeof Throttle>;
