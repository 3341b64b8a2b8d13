import { spawnSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import type { TargetsFile } from '@pik/contracts';
import { describe, expect, it } from 'vitest';

const PIK = fileURLToPath(new URL('../bin/pik.js', import.meta.url));
const pik = (...args: string[]) => spawnSync(process.execPath, [PIK, ...args], { encoding: 'utf8' });

describe('the pik command', () => {
  it('lists every command with help, and exits 2 with the usage when given none', () => {
    const help = pik('help');
    expect(help.status).toBe(0);
    for (const command of ['demo', 'twin up', 'bench', 'report', 'advise', 'openapi export'])
      expect(help.stdout).toContain(command);
    const none = pik();
    expect(none.status).toBe(2);
    expect(none.stdout).toContain('Usage: pik <command>');
  });

  it('names an unknown command', () => {
    const run = pik('deploy');
    expect(run.status).toBe(2);
    expect(run.stderr).toContain("unknown command 'deploy'");
  });

  it('routes to the package that owns the command (advise answers without a twin or AWS)', () => {
    const run = pik('advise', '--services', '51', '--api', 'rest', '--json');
    expect(run.status).toBe(0);
    expect(run.stdout).toContain('rest-vpclink-shared-nlb');
  });

  it('routes openapi to the exporter, which names a bad flag', () => {
    const run = pik('openapi', 'export', 'rest-vpclinkv2-alb', '--extensions', 'swagger');
    expect(run.status).toBe(2);
    expect(run.stderr).toContain("--extensions: 'swagger' is not apigateway or none");
  });

  it('rejects bad demo flags before starting anything, naming the flag', () => {
    const tool = pik('demo', '--tool', 'jmeter');
    expect(tool.status).toBe(2);
    expect(tool.stderr).toContain('--tool must be auto, k6, artillery or both');
    const patterns = pik('demo', '--patterns', 'rest-api');
    expect(patterns.status).toBe(2);
    expect(patterns.stderr).toContain('--patterns: unknown id(s) rest-api');
    const duration = pik('demo', '--duration', '1');
    expect(duration.status).toBe(2);
    expect(duration.stderr).toContain('--duration must be whole seconds');
  });
});

describe('the demo plan', () => {
  it('runs ws-fanout on the live feed only, the HTTP scenarios on the others, throttle and cold-start on one of each API type', async () => {
    const { demoScenarioPatterns } = await import('../src/demo-websocket.js');
    const { demoThrottlePatterns, demoColdStartPatterns } = await import('../src/demo.js');
    const feed = {
      id: 'websocket-live-feed',
      api: 'http',
      webSocket: { url: 'ws://127.0.0.1:1/live', stage: 'live' },
    };
    const targets = {
      patterns: [
        feed,
        { id: 'http-lambda-baseline', api: 'http', services: [{ compute: 'lambda' }] },
        { id: 'http-vpclink-albs', api: 'http', services: [{ compute: 'lambda' }] },
        { id: 'rest-vpclink-shared-nlb', api: 'rest', services: [{ compute: 'fargate' }] },
        { id: 'rest-vpclinkv2-alb', api: 'rest', services: [{ compute: 'lambda' }] },
      ],
    } as unknown as TargetsFile;
    const narrowed = { throttle: demoThrottlePatterns, 'cold-start': demoColdStartPatterns };
    expect(demoScenarioPatterns(targets, ['latency', 'throttle', 'cold-start'], narrowed)).toEqual({
      latency: ['http-lambda-baseline', 'http-vpclink-albs', 'rest-vpclink-shared-nlb', 'rest-vpclinkv2-alb'],
      throttle: ['http-lambda-baseline', 'rest-vpclink-shared-nlb'],
      // A cold start needs Lambda: the first Lambda-backed pattern of each API type.
      'cold-start': ['http-lambda-baseline', 'rest-vpclinkv2-alb'],
      'ws-fanout': ['websocket-live-feed'],
    });
  });

  it('runs throttle on the first pattern of each API type only, whatever the selection', async () => {
    const { demoThrottlePatterns } = await import('../src/demo.js');
    const pattern = (id: string, api: 'http' | 'rest') => ({ id, api }) as TargetsFile['patterns'][number];
    const targets = (...patterns: TargetsFile['patterns']) => ({ patterns }) as unknown as TargetsFile;
    expect(
      demoThrottlePatterns(
        targets(
          pattern('http-vpclink-albs', 'http'),
          pattern('rest-vpclink-per-nlb', 'rest'),
          pattern('rest-vpclink-shared-nlb', 'rest'),
          pattern('http-lambda-baseline', 'http'),
        ),
      ),
    ).toEqual(['http-vpclink-albs', 'rest-vpclink-per-nlb']);
    expect(demoThrottlePatterns(targets(pattern('rest-vpclinkv2-alb', 'rest')))).toEqual([
      'rest-vpclinkv2-alb',
    ]);
    // Behind CloudFront the edge answers the repeated reads: the next REST pattern takes the throttle run.
    const edge = { ...pattern('edge-buffered-writes', 'rest'), originUrl: 'http://127.0.0.1:9/v1' };
    expect(demoThrottlePatterns(targets(edge, pattern('rest-vpclinkv2-alb', 'rest')))).toEqual([
      'rest-vpclinkv2-alb',
    ]);
  });
});
