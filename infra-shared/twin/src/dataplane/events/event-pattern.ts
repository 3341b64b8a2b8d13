/**
 * EventBridge event patterns, the part the twin evaluates: exact values, `prefix`, `anything-but` (values
 * or a prefix), `exists`, and nested objects (`detail`). A pattern using any other matcher (numeric,
 * wildcard, suffix, equals-ignore-case, $or) matches nothing, and `unsupportedMatchers` names it at start.
 */
type Matcher = unknown;

const SUPPORTED = new Set(['prefix', 'anything-but', 'exists']);

function matchOne(matcher: Matcher, value: unknown, present: boolean): boolean {
  if (matcher !== null && typeof matcher === 'object' && !Array.isArray(matcher)) {
    const m = matcher as Record<string, unknown>;
    if ('exists' in m) return m.exists === present;
    if (!present) return false;
    if (typeof m.prefix === 'string') return typeof value === 'string' && value.startsWith(m.prefix);
    if ('anything-but' in m) {
      const but = m['anything-but'];
      if (but && typeof but === 'object' && !Array.isArray(but) && 'prefix' in but) {
        return !(typeof value === 'string' && value.startsWith(String((but as { prefix: unknown }).prefix)));
      }
      return !(Array.isArray(but) ? but : [but]).includes(value as never);
    }
    return false;
  }
  return present && matcher === value;
}

/** Whether an event (or a part of it) matches the pattern (or the part of it). */
export function matchesPattern(
  pattern: Readonly<Record<string, unknown>>,
  event: Readonly<Record<string, unknown>>,
): boolean {
  return Object.entries(pattern).every(([key, rule]) => {
    const present = key in event && event[key] !== undefined;
    const value = event[key];
    if (Array.isArray(rule)) {
      const values = Array.isArray(value) ? value : [value];
      return rule.some((m) =>
        Array.isArray(value) ? values.some((v) => matchOne(m, v, present)) : matchOne(m, value, present),
      );
    }
    if (rule && typeof rule === 'object') {
      return (
        value !== null &&
        typeof value === 'object' &&
        matchesPattern(rule as Record<string, unknown>, value as Record<string, unknown>)
      );
    }
    return false;
  });
}

/** Matchers of a pattern the twin does not evaluate, for the start-up listing. */
export function unsupportedMatchers(pattern: unknown): string[] {
  if (!pattern || typeof pattern !== 'object') return [];
  if (Array.isArray(pattern)) {
    return pattern.flatMap((m) =>
      m && typeof m === 'object' ? Object.keys(m).filter((k) => !SUPPORTED.has(k)) : [],
    );
  }
  return Object.entries(pattern).flatMap(([key, rule]) =>
    key.startsWith('$') ? [key] : unsupportedMatchers(rule),
  );
}
