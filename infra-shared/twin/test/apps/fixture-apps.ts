/**
 * The CDK apps under `test/fixtures/apps/`, synthesized the way `pik twin up --app` does (their own
 * cdk.json `app` command) into one temporary folder per test file, two at a time (the machine has two cores).
 */
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { synthesizeApp } from '../../src/template/cdk-app.js';
import type { CfnTemplate } from '../../src/template/cdk-out.js';

export const APPS_DIR = resolve(import.meta.dirname, '..', 'fixtures', 'apps');

export interface SynthesizedApps {
  /** Assembly folder of each app, by fixture name. */
  readonly cdkOut: Readonly<Record<string, string>>;
  readonly root: string;
  remove(): void;
}

export async function synthesizeFixtures(names: readonly string[], parallel = 2): Promise<SynthesizedApps> {
  const root = mkdtempSync(join(tmpdir(), 'pik-apps-'));
  const cdkOut: Record<string, string> = {};
  const queue = [...names];
  const worker = async () => {
    for (let name = queue.shift(); name; name = queue.shift()) {
      cdkOut[name] = await synthesizeApp(join(APPS_DIR, name), { outDir: join(root, name) });
    }
  };
  await Promise.all(Array.from({ length: Math.min(parallel, names.length) }, worker));
  return { cdkOut, root, remove: () => rmSync(root, { recursive: true, force: true }) };
}

/** A stack's synthesized template. */
export function templateOf(cdkOut: string, stackName: string): CfnTemplate {
  return JSON.parse(readFileSync(join(cdkOut, `${stackName}.template.json`), 'utf8')) as CfnTemplate;
}

/** The logical ids of a resource type in a template. */
export function idsOfType(template: CfnTemplate, type: string): string[] {
  return Object.entries(template.Resources ?? {}).flatMap(([id, r]) => (r.Type === type ? [id] : []));
}
