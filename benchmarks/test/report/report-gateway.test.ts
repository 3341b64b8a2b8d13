/**
 * The gateway vs integration section of the report, from a results file carrying `gatewayMetrics` (what
 * an AWS run's CloudWatch enrichment writes; see test/fixtures/aws-gateway/README.md for how it was made),
 * and its absence from a local run.
 */
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { htmlReport } from '../../src/report/html-report.js';
import { markdownSummary } from '../../src/report/markdown.js';
import { readResultsFile } from '../../src/result-format/results-file.js';

const FIXTURES = join(import.meta.dirname, '..', 'fixtures');

describe('report: gateway vs integration latency', () => {
  it('shows Latency, IntegrationLatency, the gateway own share and ALB TargetResponseTime per pattern', async () => {
    const results = await readResultsFile(join(FIXTURES, 'aws-gateway'));
    const runs = [{ name: 'aws', results }];
    const html = htmlReport(runs);
    const section = /<section id="gateway-latency">(.*?)<\/section>/s.exec(html)?.[1] ?? '';
    expect(section).toContain('aria-label="Gateway vs integration latency (CloudWatch averages)"');
    expect(section).toContain(
      '<tr><td>rest-vpclinkv2-alb</td><td>41.5</td><td>33.2</td><td>8.3</td><td>30.1</td></tr>',
    );
    expect(section).toContain(
      '<tr><td>rest-vpclink-shared-nlb</td><td>38.9</td><td>31.6</td><td>7.3</td><td>-</td></tr>',
    );
    const markdown = markdownSummary(runs);
    expect(markdown).toContain('## Gateway vs integration latency');
    expect(markdown).toContain('| AWS eu-west-1 | rest-vpclinkv2-alb | 41.5 | 33.2 | 8.3 | 30.1 |');
  });

  it('renders no such section for a local run, which has no CloudWatch metrics', async () => {
    const results = await readResultsFile(join(FIXTURES, 'report-diff', 'before', 'run-1'));
    const runs = [{ name: 'twin', results }];
    expect(htmlReport(runs)).not.toContain('gateway-latency');
    expect(markdownSummary(runs)).not.toContain('Gateway vs integration');
  });
});
