/**
 * Firehose's S3 prefixes with expressions (`writes/!{timestamp:yyyy/MM/dd/HH}/`): how the twin names the
 * objects it delivers and how a benchmark finds the objects of one run without reading the whole bucket.
 */

const TIMESTAMP_TOKENS = /yyyy|MM|dd|HH|mm/g;

/** Expands `!{timestamp:...}` (UTC, as Firehose does) and `!{firehose:error-output-type}` at `at`. */
export function expandFirehosePrefix(prefix: string, at: Date, errorType = 'delivery-failed'): string {
  const pad = (n: number) => String(n).padStart(2, '0');
  const parts: Record<string, string> = {
    yyyy: String(at.getUTCFullYear()),
    MM: pad(at.getUTCMonth() + 1),
    dd: pad(at.getUTCDate()),
    HH: pad(at.getUTCHours()),
    mm: pad(at.getUTCMinutes()),
  };
  return prefix
    .replace(/!\{timestamp:([^}]+)\}/g, (_, format: string) =>
      format.replace(TIMESTAMP_TOKENS, (t) => parts[t] ?? t),
    )
    .replace(/!\{firehose:error-output-type\}/g, errorType);
}

/** A timestamp format whose text sorts as its time does: yyyy, then MM, dd, HH, mm, none skipped. */
function sortsByTime(format: string): boolean {
  const tokens = format.match(TIMESTAMP_TOKENS) ?? [];
  return tokens.length > 0 && tokens.every((t, i) => t === ['yyyy', 'MM', 'dd', 'HH', 'mm'][i]);
}

/**
 * The S3 listing that holds every object delivered at or after `since` under `prefix`: `Prefix` is the text
 * before the first expression; when that expression is a timestamp that sorts as time does, `StartAfter`
 * skips the keys of earlier periods (keys list in UTF-8 order). Without a prefix, the whole bucket.
 */
export function firehoseListingSince(
  prefix: string | undefined,
  since: Date,
): { readonly Prefix?: string; readonly StartAfter?: string } {
  if (!prefix) return {};
  const first = prefix.indexOf('!{');
  if (first < 0) return { Prefix: prefix };
  const fixed = prefix.slice(0, first);
  const expression = /^!\{timestamp:([^}]+)\}/.exec(prefix.slice(first));
  if (!expression?.[1] || !sortsByTime(expression[1])) return fixed ? { Prefix: fixed } : {};
  const period = expandFirehosePrefix(prefix.slice(0, first + expression[0].length), since);
  // Every key of that period is longer than `period` and begins with it, so sorts after it.
  return { ...(fixed ? { Prefix: fixed } : {}), StartAfter: period };
}
