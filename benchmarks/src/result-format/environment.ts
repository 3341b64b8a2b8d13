import { cpus, hostname, release, totalmem, type } from 'node:os';
import type { Environment } from './schema.js';

export function machineEnvironment(tools: Record<string, string>): Environment {
  const cpuList = cpus();
  return {
    machine: {
      hostname: hostname(),
      cpus: cpuList.length,
      cpuModel: cpuList[0]?.model.trim() ?? 'unknown',
      memoryGb: Math.round((totalmem() / 1024 ** 3) * 10) / 10,
      os: `${type()} ${release()}`,
      node: process.version,
    },
    tools,
  };
}
