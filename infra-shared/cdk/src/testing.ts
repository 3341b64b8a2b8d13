/**
 * Test support: a throwaway repository root with placeholder service bundles, so construct tests synthesize
 * without building the services. Never used by the app itself.
 */
import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { BUNDLE_PATHS, SERVICE_NAMES } from '@pik/service-kit/catalogue';

export function createFixtureRepo(): string {
  const root = mkdtempSync(join(tmpdir(), 'pik-cdk-fixture-'));
  writeFileSync(join(root, 'package.json'), JSON.stringify({ name: 'pik', private: true }));
  for (const name of SERVICE_NAMES) {
    const dir = join(root, 'services', name);
    mkdirSync(join(dir, BUNDLE_PATHS.lambdaDir), { recursive: true });
    writeFileSync(join(dir, BUNDLE_PATHS.lambdaDir, 'index.mjs'), `export const handler = async () => ({ statusCode: 200, body: '${name}' });\n`);
    mkdirSync(join(dir, 'dist', 'server'), { recursive: true });
    writeFileSync(join(dir, BUNDLE_PATHS.serverEntry), `console.log('${name}');\n`);
    writeFileSync(join(dir, 'Dockerfile'), `FROM public.ecr.aws/docker/library/node:22-slim\nCOPY dist/server /app\nCMD ["node", "/app/index.mjs"]\n`);
  }
  return root;
}
