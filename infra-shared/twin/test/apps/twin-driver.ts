/** Stands one synthesized app up in the twin and drives requests through it. */
import { chainForPath } from '../../src/orchestrator/targets.js';
import { type Twin, type TwinUpOptions, twinUp } from '../../src/orchestrator/twin-up.js';

export interface RunningApp {
  readonly twin: Twin;
  /** Everything the twin printed at start-up. */
  readonly listing: string;
}

export async function startApp(options: TwinUpOptions): Promise<RunningApp> {
  const lines: string[] = [];
  const twin = await twinUp({
    targetsFile: false,
    logs: 'discard',
    healthCheckScale: 0.05,
    ...options,
    print: (line) => lines.push(line),
  });
  return { twin, listing: lines.join('\n') };
}

export interface Answer {
  readonly status: number;
  readonly body: string;
  readonly trace: string | null;
  /** The hops the template predicts for the path (gateway to compute), joined as the trace header joins them. */
  readonly templateTrace: string | undefined;
}

export async function get(
  twin: Twin,
  id: string,
  path: string,
  headers: Record<string, string> = {},
): Promise<Answer> {
  const running = twin.patterns.get(id);
  if (!running) throw new Error(`${id} is not running; running: ${[...twin.patterns.keys()].join(', ')}`);
  const response = await fetch(`${running.gateway.baseUrl.replace(/\/$/, '')}${path}`, { headers });
  return {
    status: response.status,
    body: await response.text(),
    trace: response.headers.get('x-pik-trace'),
    templateTrace: chainForPath(running.topology, 'GET', path)?.segments.join(' > '),
  };
}
