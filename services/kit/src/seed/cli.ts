#!/usr/bin/env node
/**
 * pik-seed --endpoint URL [--scale N] [--region R] [--table service=name ...] [--no-create-tables]
 * Seeds the four service tables with the deterministic data set. Re-running changes nothing.
 */
import { parseArgs } from 'node:util';
import { SERVICE_NAMES, type ServiceName } from '../catalogue.js';
import { seed } from './index.js';

const { values } = parseArgs({
  options: {
    endpoint: { type: 'string' },
    region: { type: 'string' },
    scale: { type: 'string', default: '1' },
    table: { type: 'string', multiple: true, default: [] },
    'no-create-tables': { type: 'boolean', default: false },
    help: { type: 'boolean', default: false },
  },
});

if (values.help) {
  console.log(
    'usage: pik-seed --endpoint URL [--scale N] [--region R] [--table service=name ...] [--no-create-tables]',
  );
  process.exit(0);
}
const scale = Number(values.scale);
if (!Number.isInteger(scale) || scale < 1) {
  console.error(`pik-seed: --scale must be a positive integer, got '${values.scale}'`);
  process.exit(2);
}
const tables: Partial<Record<ServiceName, string>> = {};
for (const entry of values.table) {
  const [service, name] = entry.split('=');
  if (!service || !name || !(SERVICE_NAMES as readonly string[]).includes(service)) {
    console.error(
      `pik-seed: --table expects <service>=<table name>, service one of ${SERVICE_NAMES.join(', ')}`,
    );
    process.exit(2);
  }
  tables[service as ServiceName] = name;
}
const endpoint = values.endpoint ?? process.env.DYNAMODB_ENDPOINT;
const reports = await seed({
  endpoint,
  region: values.region,
  scale,
  tables,
  createTables: !values['no-create-tables'],
});
for (const report of reports) {
  console.log(`seeded ${report.items} ${report.service} items into ${report.tableName}`);
}
