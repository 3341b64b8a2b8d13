/** One fixture app synthesized and running in the twin for a whole suite, stopped and removed after it. */
import { afterAll, beforeAll } from 'vitest';
import type { TwinUpOptions } from '../../src/orchestrator/twin-up.js';
import { type SynthesizedApps, synthesizeFixtures } from './fixture-apps.js';
import { type RunningApp, startApp } from './twin-driver.js';

export interface FixtureAppSuite {
  /** The running app (set before the suite's tests run). */
  readonly app: RunningApp;
  /** The app's synthesized cloud assembly. */
  readonly cdkOut: string;
}

export function fixtureAppSuite(name: string, options: Partial<TwinUpOptions> = {}): FixtureAppSuite {
  let apps: SynthesizedApps | undefined;
  let app: RunningApp | undefined;
  beforeAll(async () => {
    apps = await synthesizeFixtures([name]);
    app = await startApp({ ...options, cdkOut: apps.cdkOut[name] });
  }, 240_000);
  afterAll(async () => {
    await app?.twin.stop();
    apps?.remove();
  });
  return {
    get app() {
      if (!app) throw new Error(`fixture app ${name} is not running`);
      return app;
    },
    get cdkOut() {
      const dir = apps?.cdkOut[name];
      if (!dir) throw new Error(`fixture app ${name} is not synthesized`);
      return dir;
    },
  };
}
