import { parseArgs } from 'node:util';
import { type AdviseInput, AdviseInputError, advise } from './advise.js';
import { renderAdvice } from './render.js';

export const ADVISE_USAGE = `Usage: pik advise --services N --api rest|http [--compute lambda|fargate] [--teams N] [--rps R] [--region R] [--private-api] [--buffered-writes] [--feed-connections N --feed-messages M] [--json]

Which of the API Gateway private integration options fit N services, which quotas bite at what
scale, the fixed hourly cost drivers and the cost per million requests (us-east-1 list prices).
Option 7 (a private REST API behind a public ALB) is weighed only with --private-api, option 9
(CloudFront in front, writes buffered through Kinesis) only with --buffered-writes.

  --services N     number of microservices behind the API (required, 1-100000)
  --api rest|http  API Gateway flavour you need (required)
  --compute C      lambda or fargate (default: Fargate for options 1-5, Lambda for 6 and 7)
  --teams N        number of teams owning the services (default 1)
  --rps R          expected steady requests per second (adds a monthly estimate)
  --region R       target Region (prices stay us-east-1; a warning says so)
  --private-api    the API must have no public endpoint (only option 7 fits)
  --feed-connections N  price the live feed (pattern 8): N clients connected around the clock
  --feed-messages M     messages per connection per minute, both directions (default 1)
  --buffered-writes  writes may be answered 202 and applied later (weighs option 9)
  --json           print the full answer as JSON
`;

/** Where the CLI writes; injectable for tests. */
export interface CliIo {
  readonly stdout: (text: string) => void;
  readonly stderr: (text: string) => void;
}

const processIo: CliIo = {
  stdout: (t) => process.stdout.write(t),
  stderr: (t) => process.stderr.write(t),
};

class FlagError extends Error {}

function wholeNumber(flag: string, raw: string | undefined): number | undefined {
  if (raw === undefined) return undefined;
  if (!/^\d+$/.test(raw)) throw new FlagError(`--${flag} must be a whole number, got '${raw}'`);
  return Number(raw);
}

function positiveNumber(flag: string, raw: string | undefined): number | undefined {
  if (raw === undefined) return undefined;
  if (!/^\d+(\.\d+)?$/.test(raw)) throw new FlagError(`--${flag} must be a number, got '${raw}'`);
  return Number(raw);
}

function oneOf<T extends string>(
  flag: string,
  raw: string | undefined,
  allowed: readonly T[],
): T | undefined {
  if (raw === undefined) return undefined;
  if (!(allowed as readonly string[]).includes(raw)) {
    throw new FlagError(`--${flag} must be ${allowed.join(' or ')}, got '${raw}'`);
  }
  return raw as T;
}

function parseFlags(argv: readonly string[]): { input: AdviseInput; json: boolean } | 'help' {
  let values: Record<string, string | boolean | undefined>;
  try {
    ({ values } = parseArgs({
      args: [...argv],
      strict: true,
      allowPositionals: false,
      options: {
        services: { type: 'string' },
        api: { type: 'string' },
        compute: { type: 'string' },
        teams: { type: 'string' },
        rps: { type: 'string' },
        region: { type: 'string' },
        json: { type: 'boolean' },
        'private-api': { type: 'boolean' },
        'feed-connections': { type: 'string' },
        'feed-messages': { type: 'string' },
        'buffered-writes': { type: 'boolean' },
        help: { type: 'boolean', short: 'h' },
      },
    }));
  } catch (err) {
    throw new FlagError((err as Error).message);
  }
  if (values.help) return 'help';
  const str = (k: string) => values[k] as string | undefined;
  const services = wholeNumber('services', str('services'));
  if (services === undefined) throw new FlagError('--services is required');
  const api = oneOf('api', str('api'), ['rest', 'http'] as const);
  if (api === undefined) throw new FlagError('--api is required (rest or http)');
  const compute = oneOf('compute', str('compute'), ['lambda', 'fargate'] as const);
  const teams = wholeNumber('teams', str('teams'));
  const rps = positiveNumber('rps', str('rps'));
  const region = str('region');
  const feedConnections = wholeNumber('feed-connections', str('feed-connections'));
  const feedMessages = positiveNumber('feed-messages', str('feed-messages'));
  if (feedMessages !== undefined && feedConnections === undefined) {
    throw new FlagError('--feed-messages needs --feed-connections');
  }
  const input: AdviseInput = {
    services,
    api,
    ...(compute !== undefined ? { compute } : {}),
    ...(teams !== undefined ? { teams } : {}),
    ...(rps !== undefined ? { rps } : {}),
    ...(region !== undefined ? { region } : {}),
    ...(values['private-api'] === true ? { privateApi: true } : {}),
    ...(feedConnections !== undefined
      ? { feed: { connections: feedConnections, messagesPerMinute: feedMessages ?? 1 } }
      : {}),
    ...(values['buffered-writes'] === true ? { bufferedWrites: true } : {}),
  };
  return { input, json: values.json === true };
}

/**
 * `pik advise`: prints the answer and returns the exit code (0, or 2 for bad flags, with a message
 * naming the flag on stderr).
 */
export function runAdviseCli(argv: readonly string[], io: CliIo = processIo): number {
  try {
    const parsed = parseFlags(argv);
    if (parsed === 'help') {
      io.stdout(ADVISE_USAGE);
      return 0;
    }
    const advice = advise(parsed.input);
    io.stdout(parsed.json ? `${JSON.stringify(advice, null, 2)}\n` : renderAdvice(advice));
    return 0;
  } catch (err) {
    if (err instanceof FlagError) {
      io.stderr(`pik advise: ${err.message}\n\n${ADVISE_USAGE}`);
      return 2;
    }
    if (err instanceof AdviseInputError) {
      io.stderr(`pik advise: --${err.field}: ${err.message}\n\n${ADVISE_USAGE}`);
      return 2;
    }
    throw err;
  }
}
