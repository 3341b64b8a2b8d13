import type { ServiceSpec } from './service-specs.js';

/** Environment every service process gets, on Lambda and on Fargate (see docs/template-conventions.md). */
export function serviceEnvironment(spec: ServiceSpec, tableName: string): Record<string, string> {
  return {
    SERVICE_NAME: spec.bundle,
    PIK_SERVICE_INSTANCE: spec.name,
    TABLE_NAME: tableName,
    NODE_OPTIONS: '--enable-source-maps',
  };
}
