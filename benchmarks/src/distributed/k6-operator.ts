import { mkdir, readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { stringify } from 'yaml';
import type { RunPlan } from '../scenarios/plan.js';
import { K6_PINNED_VERSION } from '../tools/k6-resolver.js';
import { K6_SCRIPT, writeK6Plan } from '../tools/run-k6.js';
import { HISTOGRAM_LAYOUT } from './histogram.js';
import { SUMMARY_MARK } from './ingest.js';
import { HISTOGRAM_METRICS } from './merge-k6.js';

/** Where the k6-operator mounts a TestRun's ConfigMap in every runner. */
const MOUNT = '/test';
const SCRIPT_FILE = 'scenario.ts';
const PLAN_FILE = 'plan.json';
/** A ConfigMap holds at most 1 MiB of data. */
const CONFIG_MAP_LIMIT = 1_048_576;
/** The Secret (key `PIK_HEADERS`) the runners read their credentials from; the manifests carry none. */
export const HEADERS_SECRET = 'pik-headers';

/** A Kubernetes name (RFC 1123 label, short enough for the operator's `<name>-service-<n>`). */
export function k8sName(...parts: string[]): string {
  const name = parts
    .join('-')
    .toLowerCase()
    .replace(/[^a-z0-9-]+/g, '-')
    .replace(/-+/g, '-')
    .slice(0, 40)
    .replace(/^-+|-+$/g, '');
  return name || 'pik';
}

/**
 * The plan a runner reads: mergeable summaries on (a histogram layout and status counters, see
 * histogram.ts), printed to the runner's log (`PIK_SUMMARY=stdout`) where `kubectl logs` collects them.
 */
export async function writeMergeablePlan(plan: RunPlan, file: string): Promise<void> {
  await writeK6Plan(plan, file, 'stdout', {
    histogram: { ...HISTOGRAM_LAYOUT, metrics: [...HISTOGRAM_METRICS] },
    summaryMark: SUMMARY_MARK,
  });
}

/** The TestRun of the k6-operator: `parallelism` runners, each an equal execution segment of the plan. */
export function testRunManifest(name: string, parallelism: number, namespace?: string) {
  return {
    apiVersion: 'k6.io/v1alpha1',
    kind: 'TestRun',
    metadata: { name, ...(namespace ? { namespace } : {}) },
    spec: {
      parallelism,
      script: { configMap: { name, file: SCRIPT_FILE } },
      runner: {
        image: `grafana/k6:${K6_PINNED_VERSION.replace(/^v/, '')}`,
        env: [
          { name: 'PIK_PLAN', value: `${MOUNT}/${PLAN_FILE}` },
          { name: 'PIK_SUMMARY', value: 'stdout' },
          { name: 'K6_NO_USAGE_REPORT', value: 'true' },
          {
            name: 'PIK_HEADERS',
            valueFrom: { secretKeyRef: { name: HEADERS_SECRET, key: 'PIK_HEADERS', optional: true } },
          },
        ],
      },
    },
  };
}

export function configMapManifest(name: string, files: Record<string, string>, namespace?: string) {
  return {
    apiVersion: 'v1',
    kind: 'ConfigMap',
    metadata: { name, ...(namespace ? { namespace } : {}) },
    data: files,
  };
}

export interface EmittedTestRun {
  readonly name: string;
  readonly dir: string;
}

/**
 * Writes, for one plan, a folder a Kubernetes cluster with the k6-operator runs as it is:
 * `configmap.yaml` (the script and the plan), `testrun.yaml` (the TestRun), and the plan itself, where
 * `pik bench --ingest` later finds it beside the runners' logs.
 */
export async function emitK6Operator(
  plan: RunPlan,
  dir: string,
  options: { parallelism: number; runId: string; namespace?: string },
): Promise<EmittedTestRun> {
  await mkdir(dir, { recursive: true });
  const name = k8sName('pik', plan.pattern.id, plan.scenario, options.runId);
  const planFile = join(dir, PLAN_FILE);
  await writeMergeablePlan(plan, planFile);
  const files = {
    [SCRIPT_FILE]: await readFile(K6_SCRIPT, 'utf8'),
    [PLAN_FILE]: await readFile(planFile, 'utf8'),
  };
  const size = Object.values(files).reduce((s, text) => s + Buffer.byteLength(text), 0);
  if (size > CONFIG_MAP_LIMIT)
    throw new Error(
      `${plan.pattern.id} · ${plan.scenario}: script and plan are ${size} bytes, above a ConfigMap's 1 MiB; use a volumeClaim`,
    );
  await writeFile(join(dir, 'configmap.yaml'), stringify(configMapManifest(name, files, options.namespace)));
  await writeFile(
    join(dir, 'testrun.yaml'),
    stringify(testRunManifest(name, options.parallelism, options.namespace)),
  );
  return { name, dir };
}
