import { readFile } from 'node:fs/promises';
import { type TargetPattern, TargetsFile } from '@pik/contracts';
import { Value } from 'typebox/value';

/** Reads and validates a targets file (the twin's `.pik/targets.json` or one built from stack outputs). */
export async function loadTargets(file: string): Promise<TargetsFile> {
  let raw: unknown;
  try {
    raw = JSON.parse(await readFile(file, 'utf8'));
  } catch (error) {
    throw new Error(`--targets: cannot read ${file}: ${(error as Error).message}`);
  }
  return parseTargets(raw, file);
}

export function parseTargets(raw: unknown, source = 'targets file'): TargetsFile {
  if (!Value.Check(TargetsFile, raw)) {
    const first = [...Value.Errors(TargetsFile, raw)].slice(0, 3);
    const detail = first.map((e) => `${e.instancePath || '/'} ${e.message}`).join('; ');
    throw new Error(`${source} is not a valid targets file: ${detail}`);
  }
  return withoutLegacyThrottle(raw);
}

/**
 * Twin targets files written before `throttle` became optional carry `{0, 0}` for a stage without a
 * throttle; read that as "none" so those files keep working (a real 0/0 stage would answer every request 429).
 */
function withoutLegacyThrottle(file: TargetsFile): TargetsFile {
  if (file.world !== 'local-twin') return file;
  const patterns = file.patterns.map((p) => {
    if (p.throttle?.rateLimit !== 0 || p.throttle.burstLimit !== 0) return p;
    const { throttle: _none, ...rest } = p;
    return rest;
  });
  return { ...file, patterns };
}

/** The patterns to run, in the order asked for; unknown ids are an error naming what exists. */
export function selectPatterns(targets: TargetsFile, ids: readonly string[] | undefined): TargetPattern[] {
  if (!ids || ids.length === 0) return [...targets.patterns];
  return ids.map((id) => {
    const found = targets.patterns.find((p) => p.id === id);
    if (!found) {
      throw new Error(
        `--patterns: '${id}' is not in the targets file; it has: ${targets.patterns.map((p) => p.id).join(', ')}`,
      );
    }
    return found;
  });
}

/** `local twin` or `AWS <region>`: how every figure is labelled. */
export function worldLabel(world: TargetsFile['world']): string {
  return world === 'local-twin' ? 'local twin' : `AWS ${world.slice('aws:'.length)}`;
}
