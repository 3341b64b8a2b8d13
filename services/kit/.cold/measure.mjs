import { spawnSync } from 'node:child_process';

const bundles = {
  bare: '/work/main/services/kit/.cold/bare-bundle.mjs',
  catalog: '/work/main/services/catalog/dist/lambda/index.mjs',
};
const env = {
  ...process.env,
  AWS_LAMBDA_FUNCTION_NAME: 'x',
  AWS_REGION: 'us-east-1',
  AWS_ACCESS_KEY_ID: 'a',
  AWS_SECRET_ACCESS_KEY: 'b',
  AWS_LAMBDA_INITIALIZATION_TYPE: 'on-demand',
  POWERTOOLS_METRICS_DISABLED: 'true',
};
const times = { bare: [], catalog: [] };
for (let i = 0; i < 11; i++)
  for (const [k, b] of Object.entries(bundles)) {
    const t = process.hrtime.bigint();
    const r = spawnSync(process.execPath, ['--no-warnings', '/work/main/services/kit/.cold/run.mjs', b], {
      env,
      encoding: 'utf8',
    });
    if (r.status !== 0) {
      console.log(k, r.stderr.slice(0, 500));
      process.exit(1);
    }
    times[k].push(Number(process.hrtime.bigint() - t) / 1e6);
  }
const med = (a) => a.sort((x, y) => x - y)[Math.floor(a.length / 2)];
console.log(
  'bare',
  med(times.bare).toFixed(0),
  'catalog',
  med(times.catalog).toFixed(0),
  'ratio',
  (med(times.catalog) / med(times.bare)).toFixed(2),
);
