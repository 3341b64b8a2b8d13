import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

/** The repository root: this package is `<root>/cli`, built to `<root>/cli/dist`. */
export const REPO_ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '..', '..');
export const CDK_APP_ENTRY = resolve(REPO_ROOT, 'patterns', 'app', 'dist', 'main.js');
export const RESULTS_DIR = resolve(REPO_ROOT, 'results');
/** The demo's own cloud assembly (synthesized with the demo stage throttle), apart from the user's `cdk.out`. */
export const DEMO_CDK_OUT = resolve(REPO_ROOT, '.pik', 'demo', 'cdk.out');
