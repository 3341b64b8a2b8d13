import { startServerBundle } from '/work/main/services/kit/dist/testing/processes.js';

const t0 = Date.now();
const s = await startServerBundle('/work/main/services/catalog/dist/server/index.mjs', {});
const t1 = Date.now();
await fetch(s.url + '/catalog');
const r = await s.stop('SIGTERM');
console.log('start', t1 - t0, 'stop', r);
