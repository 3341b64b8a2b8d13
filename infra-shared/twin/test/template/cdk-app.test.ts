import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { synthesizeApp } from '../../src/template/cdk-app.js';

const root = mkdtempSync(join(tmpdir(), 'pik-cdk-app-'));
afterAll(() => rmSync(root, { recursive: true, force: true }));

/** An app folder whose `app` command writes what a CDK app would see (CDK_OUTDIR, context) as its assembly. */
function appFolder(name: string, files: Record<string, string>): string {
  const dir = join(root, name);
  mkdirSync(dir, { recursive: true });
  for (const [file, content] of Object.entries(files)) writeFileSync(join(dir, file), content);
  return dir;
}

const RECORDING_APP = `import { writeFileSync, mkdirSync } from 'node:fs';
const out = process.env.CDK_OUTDIR;
mkdirSync(out, { recursive: true });
writeFileSync(out + '/manifest.json', JSON.stringify({ version: '1', artifacts: {} }));
writeFileSync(out + '/seen.json', JSON.stringify({ cwd: process.cwd(), context: JSON.parse(process.env.CDK_CONTEXT_JSON) }));
`;

describe('synthesizing a CDK app folder (--app)', () => {
  it("runs cdk.json's app command in the folder with CDK_OUTDIR and the context the CDK CLI would pass", async () => {
    const dir = appFolder('records', {
      'cdk.json': JSON.stringify({ app: 'node app.mjs', context: { stage: 'dev', flag: true } }),
      'cdk.context.json': JSON.stringify({ 'availability-zones:account=1:region=eu-west-1': ['a', 'b'] }),
      'app.mjs': RECORDING_APP,
    });
    const out = await synthesizeApp(dir, { outDir: join(root, 'records.out'), context: { stage: 'test' } });
    expect(out).toBe(join(root, 'records.out'));
    expect(JSON.parse(readFileSync(join(out, 'seen.json'), 'utf8'))).toEqual({
      cwd: dir,
      context: { stage: 'test', flag: true, 'availability-zones:account=1:region=eu-west-1': ['a', 'b'] },
    });
  });

  it('defaults the assembly to <app>/cdk.out', async () => {
    const dir = appFolder('default-out', { 'cdk.json': '{"app": "node app.mjs"}', 'app.mjs': RECORDING_APP });
    expect(await synthesizeApp(dir)).toBe(join(dir, 'cdk.out'));
  });

  it("fails with the app's own last lines when its command fails, and names a cdk.json without app", async () => {
    const failing = appFolder('fails', {
      'cdk.json': '{"app": "node app.mjs"}',
      'app.mjs': "console.error('There are no Private subnet groups in this VPC'); process.exit(3);",
    });
    await expect(synthesizeApp(failing)).rejects.toThrow(
      /`node app\.mjs` in .*fails exited with code 3:\nThere are no Private subnet groups in this VPC/,
    );
    const noApp = appFolder('no-app', { 'cdk.json': '{"context": {}}' });
    await expect(synthesizeApp(noApp)).rejects.toThrow(
      `--app: ${join(noApp, 'cdk.json')} has no "app" command`,
    );
  });
});
