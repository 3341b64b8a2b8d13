/**
 * The Java methods templates call on strings, lists and maps (`$s.contains("x")`, `$s.length()`,
 * `$list.isEmpty()`, `$map.containsKey("k")`, `$root.toString()`): API Gateway's Velocity runs on Java, so
 * `$input.path` results are Java maps and lists and strings are `java.lang.String`. velocityjs knows
 * `get`, `keySet`, `size`, `put`, ... but not these; they are added as its custom method handlers, with
 * Java's meaning where it differs from JavaScript's (`replace` replaces every occurrence; `replaceAll`,
 * `split` and `matches` take a regular expression, `matches` over the whole string).
 */

type Method = (target: unknown, params: readonly unknown[]) => unknown;

const isMap = (v: unknown): v is Record<string, unknown> =>
  v !== null && typeof v === 'object' && !Array.isArray(v);

/** Java's `String.valueOf` / `toString` of JSON values: `{a=1, b=[x, y]}`. */
export function javaString(value: unknown): string {
  if (Array.isArray(value)) return `[${value.map(javaString).join(', ')}]`;
  if (isMap(value)) {
    return `{${Object.entries(value)
      .map(([k, v]) => `${k}=${javaString(v)}`)
      .join(', ')}}`;
  }
  return String(value);
}

function javaEquals(a: unknown, b: unknown): boolean {
  return a === b || (typeof a !== 'object' && typeof b !== 'object' && String(a) === String(b));
}

const STRING_METHODS: Readonly<Record<string, (s: string, p: readonly unknown[]) => unknown>> = {
  contains: (s, p) => s.includes(String(p[0])),
  length: (s) => s.length,
  isEmpty: (s) => s.length === 0,
  equals: (s, p) => s === String(p[0]),
  equalsIgnoreCase: (s, p) => s.toLowerCase() === String(p[0]).toLowerCase(),
  matches: (s, p) => new RegExp(`^(?:${String(p[0])})$`).test(s),
  replace: (s, p) => s.split(String(p[0])).join(String(p[1])),
  replaceAll: (s, p) => s.replace(new RegExp(String(p[0]), 'g'), String(p[1])),
  split: (s, p) => s.split(new RegExp(String(p[0]))),
  toString: (s: string) => s,
};

const LIST_METHODS: Readonly<Record<string, (l: readonly unknown[], p: readonly unknown[]) => unknown>> = {
  contains: (l, p) => l.some((v) => javaEquals(v, p[0])),
  isEmpty: (l) => l.length === 0,
  toString: (l: readonly unknown[]) => javaString(l),
};

const MAP_METHODS: Readonly<Record<string, (m: Record<string, unknown>, p: readonly unknown[]) => unknown>> =
  {
    containsKey: (m, p) => Object.hasOwn(m, String(p[0])),
    containsValue: (m, p) => Object.values(m).some((v) => javaEquals(v, p[0])),
    isEmpty: (m) => Object.keys(m).length === 0,
    values: (m) => Object.values(m),
    toString: (m: Record<string, unknown>) => javaString(m),
  };

/** `table[property]` when the table itself defines it (never a method of `Object.prototype`). */
function own<T>(table: Readonly<Record<string, T>>, property: string): T | undefined {
  return Object.hasOwn(table, property) ? table[property] : undefined;
}

/** The method `property` of `target` when it is one of the above, else `undefined`. */
function methodFor(target: unknown, property: string): Method | undefined {
  if (typeof target === 'string') {
    const m = own(STRING_METHODS, property);
    return m && ((t, p) => m(t as string, p));
  }
  if (Array.isArray(target)) {
    const m = own(LIST_METHODS, property);
    return m && ((t, p) => m(t as unknown[], p));
  }
  // Objects of the twin's own (`$input`, `$util`) keep their own methods; JSON maps get Java's.
  if (isMap(target) && !Object.hasOwn(target, property)) {
    const m = own(MAP_METHODS, property);
    return m && ((t, p) => m(t as Record<string, unknown>, p));
  }
  if ((typeof target === 'number' || typeof target === 'boolean') && property === 'toString') {
    return (t) => String(t);
  }
  return undefined;
}

interface MethodCall {
  readonly property: string;
  readonly context: unknown;
  readonly params: unknown[];
}

/** velocityjs `customMethodHandlers` entry for every method above. */
export const JAVA_METHOD_HANDLERS = [
  {
    uid: 'java-methods',
    match: ({ property, context }: MethodCall) => methodFor(context, property) !== undefined,
    resolve: ({ property, context, params }: MethodCall) =>
      (methodFor(context, property) as Method)(context, params),
  },
];
