/**
 * `$util`: the helpers the developer guide lists under "$util variables" (api-gateway-mapping-template-
 * reference), with the Java behaviour behind them: `escapeJavaScript` follows Apache Commons Lang's
 * `StringEscapeUtils.escapeJavaScript` (quotes, backslash, `/`, control and non-ASCII characters as
 * `\uXXXX`), `urlEncode` / `urlDecode` follow `java.net.URLEncoder` / `URLDecoder` in UTF-8 (space as `+`).
 */

const SHORT_ESCAPES: Readonly<Record<string, string>> = {
  '\b': '\\b',
  '\f': '\\f',
  '\n': '\\n',
  '\r': '\\r',
  '\t': '\\t',
  "'": "\\'",
  '"': '\\"',
  '\\': '\\\\',
  '/': '\\/',
};

// biome-ignore lint/suspicious/noControlCharactersInRegex: control characters are what this escapes
const TO_ESCAPE = /[\u0000-\u001f'"\\/\u0080-\uffff]/g;

function escapeJavaScript(value: unknown): string {
  return String(value ?? '').replace(
    TO_ESCAPE,
    (ch) => SHORT_ESCAPES[ch] ?? `\\u${ch.charCodeAt(0).toString(16).toUpperCase().padStart(4, '0')}`,
  );
}

/** `URLEncoder.encode(s, "UTF-8")`: unreserved are letters, digits and `.-*_`; space becomes `+`. */
function urlEncode(value: unknown): string {
  return encodeURIComponent(String(value ?? ''))
    .replace(/[!'()~]/g, (ch) => `%${ch.charCodeAt(0).toString(16).toUpperCase()}`)
    .replace(/%20/g, '+');
}

function urlDecode(value: unknown): string {
  return decodeURIComponent(String(value ?? '').replace(/\+/g, ' '));
}

function base64Encode(value: unknown): string {
  return Buffer.from(String(value ?? ''), 'utf8').toString('base64');
}

function base64Decode(value: unknown): string {
  return Buffer.from(String(value ?? ''), 'base64').toString('utf8');
}

/** A JSON string as an object the template can walk (`$util.parseJson($input.json('$')).name`). */
function parseJson(value: unknown): unknown {
  return JSON.parse(String(value ?? ''));
}

/** `$util`: one shared object, never written to (its methods are called through `twinMethodHandler`). */
export const UTIL_VARIABLE = Object.freeze({
  escapeJavaScript,
  parseJson,
  urlEncode,
  urlDecode,
  base64Encode,
  base64Decode,
});
