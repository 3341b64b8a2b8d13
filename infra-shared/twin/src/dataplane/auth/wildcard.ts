/** IAM's `*` / `?` wildcards (policy `Action`, `Resource`, `StringLike`, `ArnLike`). */
const patterns = new Map<string, RegExp>();

/** IAM's `*` / `?` wildcards as an anchored regular expression (cached: policies repeat their patterns). */
function wildcardPattern(pattern: string, flags: string): RegExp {
  const key = `${flags}:${pattern}`;
  let found = patterns.get(key);
  if (!found) {
    const body = pattern
      .split('')
      .map((ch) => (ch === '*' ? '.*' : ch === '?' ? '.' : ch.replace(/[.+^${}()|[\]\\]/g, '\\$&')))
      .join('');
    found = new RegExp(`^${body}$`, `s${flags}`);
    if (patterns.size > 4096) patterns.clear();
    patterns.set(key, found);
  }
  return found;
}

/** `*` matches any run of characters (none included, `/` included), `?` exactly one. */
export function wildcardMatches(pattern: string, value: string, caseInsensitive = false): boolean {
  return wildcardPattern(pattern, caseInsensitive ? 'i' : '').test(value);
}
