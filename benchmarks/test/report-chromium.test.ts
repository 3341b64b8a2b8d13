import { mkdir, mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { optionalTool } from '@pik/testing';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runBench } from '../src/cli/bench.js';
import { writeReports } from '../src/report/write-report.js';
import { readResultsFile } from '../src/result-format/results-file.js';
import { resolveK6 } from '../src/tools/k6-resolver.js';
import { findChromium, pngSize, renderPage } from './support/chromium.js';
import { type FakeService, startFakeService } from './support/fake-service.js';

const chromiumPath = await findChromium();
const chromium = optionalTool('chromium', chromiumPath !== undefined, 'apt-get install -y chromium');
const PATTERNS = ['http-vpclink-albs', 'rest-vpclinkv2-alb'] as const;

describe.runIf(chromium.available)('report.html in headless Chromium', () => {
  let service: FakeService;
  let dir: string;

  beforeAll(async () => {
    service = await startFakeService({ rateLimit: 200, burstLimit: 100 });
    dir = await mkdtemp(join(tmpdir(), 'pik-report-'));
    await runBench({
      targets: service.targets(PATTERNS),
      scenarios: ['latency'],
      tool: (await resolveK6()) ? 'k6' : 'artillery',
      variant: 'short',
      durationSec: 4,
      outDir: dir,
      log: () => {},
    });
  }, 300_000);

  afterAll(async () => {
    await service?.close();
    if (dir) await rm(dir, { recursive: true, force: true });
  });

  it('renders offline, shows every pattern of the run and the local-twin label', async () => {
    const { png, dom } = await renderPage(
      chromiumPath as string,
      join(dir, 'report.html'),
      join(dir, 'report.png'),
    );
    const size = pngSize(png);
    expect(size.width).toBeGreaterThanOrEqual(1000);
    expect(png.length).toBeGreaterThan(20_000);
    const listed = /<p class="patterns" id="patterns">(.*?)<\/p>/s.exec(dom)?.[1] ?? '';
    for (const pattern of PATTERNS) {
      expect(listed, pattern).toContain(pattern);
      expect(dom.match(new RegExp(`<td>${pattern}</td>`, 'g'))?.length, pattern).toBeGreaterThanOrEqual(1);
    }
    expect(dom).toContain('Local twin figures');
    expect(dom.match(/<svg /g)?.length).toBeGreaterThanOrEqual(2);
    expect(dom).not.toMatch(/<script|https?:\/\/(?!www\.w3\.org)/);
  });

  it('shows the gateway vs integration section of a run carrying CloudWatch gateway metrics', async () => {
    const results = await readResultsFile(join(import.meta.dirname, 'fixtures', 'aws-gateway'));
    const out = join(dir, 'aws-gateway');
    await mkdir(out);
    await writeReports(out, [{ name: 'aws', results }]);
    const { png, dom } = await renderPage(
      chromiumPath as string,
      join(out, 'report.html'),
      join(out, 'report.png'),
    );
    expect(png.length).toBeGreaterThan(20_000);
    const section = /<section id="gateway-latency">(.*?)<\/section>/s.exec(dom)?.[1] ?? '';
    expect(section).toContain('<h2>Gateway vs integration latency</h2>');
    expect(section.match(/<rect [^>]*fill=/g)?.length).toBeGreaterThanOrEqual(7);
    expect(dom).toContain('Measured on AWS (AWS eu-west-1)');
  });
});
