import { Integer, Number as NumberType, type TInteger, type TNumber, type TUnion, Union } from 'typebox';

/**
 * DynamoDB's number range, from the Amazon DynamoDB Developer Guide, "Supported data types and naming
 * rules in Amazon DynamoDB" (HowItWorks.NamingRulesDataTypes), Number: "Numbers can be positive,
 * negative, or zero. Numbers can have up to 38 digits of precision ... Positive range: 1E-130 to
 * 9.9999999999999999999999999999999999999E+125; Negative range: -9.9999999999999999999999999999999999999E+125
 * to -1E-130". A JavaScript number has at most 17 significant digits, so the 38-digit limit never bites;
 * the magnitude does: `1e-200` is refused by the store ("Number underflow"). The largest magnitude
 * (about 1E+126) lies far beyond the SDK's safe-integer limit below, which is the one that applies.
 */
export const DYNAMODB_SMALLEST_MAGNITUDE = 1e-130;

/**
 * lib-dynamodb refuses to marshal a number beyond `Number.MAX_SAFE_INTEGER` in magnitude (it could not be
 * read back exactly), so every accepted number, integer or not, stays within the safe range too.
 */
const SAFE_LIMIT = Number.MAX_SAFE_INTEGER;

export interface NumberBounds {
  /** Inclusive lower bound; defaults to the most negative value the store and the SDK accept. */
  readonly minimum?: number;
  /** Inclusive upper bound; defaults to the largest value the store and the SDK accept. */
  readonly maximum?: number;
  readonly description?: string;
}

function checkedBounds(bounds: NumberBounds): { minimum: number; maximum: number } {
  const minimum = bounds.minimum ?? -SAFE_LIMIT;
  const maximum = bounds.maximum ?? SAFE_LIMIT;
  if (!(minimum >= -SAFE_LIMIT && maximum <= SAFE_LIMIT && minimum <= maximum)) {
    throw new RangeError(`number bounds [${minimum}, ${maximum}] must lie within +-Number.MAX_SAFE_INTEGER`);
  }
  return { minimum, maximum };
}

/**
 * An integer field or parameter: within the given bounds and never beyond `Number.MAX_SAFE_INTEGER`
 * (integers have no magnitude below 1 other than 0, so DynamoDB's lower limit cannot be hit).
 */
export function dynamoInteger(bounds: NumberBounds = {}): TInteger {
  const { minimum, maximum } = checkedBounds(bounds);
  return Integer({
    minimum,
    maximum,
    ...(bounds.description ? { description: bounds.description } : {}),
  });
}

/**
 * A non-integer number field: within the given bounds, and either 0 or at least 1E-130 in magnitude, the
 * values DynamoDB can store. When the bounds reach across that gap around zero, the schema is a union
 * of plain ranges (negative part, exactly 0, positive part), not a `multipleOf` or a pattern: every JSON
 * Schema validator and generator reads ranges the same way, so the OpenAPI document states exactly what
 * the service accepts.
 */
export function dynamoNumber(bounds: NumberBounds = {}): TNumber | TUnion<TNumber[]> {
  const { minimum, maximum } = checkedBounds(bounds);
  const tiny = DYNAMODB_SMALLEST_MAGNITUDE;
  const description = bounds.description ? { description: bounds.description } : {};
  if (minimum >= tiny || maximum <= -tiny) return NumberType({ minimum, maximum, ...description });
  const parts: TNumber[] = [];
  if (minimum <= -tiny) parts.push(NumberType({ minimum, maximum: -tiny }));
  if (minimum <= 0 && maximum >= 0) parts.push(NumberType({ minimum: 0, maximum: 0 }));
  if (maximum >= tiny) parts.push(NumberType({ minimum: tiny, maximum }));
  if (parts.length === 1) return { ...(parts[0] as TNumber), ...description } as TNumber;
  return Union(parts, description);
}

/** Whether a numeric range admits only values DynamoDB stores: nothing strictly between -1E-130 and 1E-130 but 0. */
function clearOfTheGap(minimum: number, maximum: number, integer: boolean): boolean {
  const tiny = DYNAMODB_SMALLEST_MAGNITUDE;
  return integer || minimum >= tiny || maximum <= -tiny || (minimum === 0 && maximum === 0);
}

/** Why one numeric schema breaks the rule of {@link dynamoInteger} / {@link dynamoNumber}, or undefined. */
function numericProblem(schema: Record<string, unknown>): string | undefined {
  const { minimum, maximum } = schema;
  if (typeof minimum !== 'number' || typeof maximum !== 'number') return 'has no minimum and maximum';
  if (minimum < -SAFE_LIMIT || maximum > SAFE_LIMIT) return 'reaches beyond +-Number.MAX_SAFE_INTEGER';
  if (!clearOfTheGap(minimum, maximum, schema.type === 'integer')) {
    return `admits magnitudes below ${DYNAMODB_SMALLEST_MAGNITUDE} other than 0`;
  }
  return undefined;
}

/**
 * Every numeric schema in a JSON document (an OpenAPI document, a TypeBox schema) that the one numeric
 * rule would not have built, as `<path>: <why>`: an unbounded `number`, a range past the safe integers, a
 * range into DynamoDB's gap around zero. Empty when every number and integer comes from the rule.
 */
export function numericRuleViolations(node: unknown, path = '#'): string[] {
  if (Array.isArray(node)) return node.flatMap((item, i) => numericRuleViolations(item, `${path}/${i}`));
  if (node === null || typeof node !== 'object') return [];
  const schema = node as Record<string, unknown>;
  const own = schema.type === 'number' || schema.type === 'integer' ? numericProblem(schema) : undefined;
  return [
    ...(own ? [`${path}: ${schema.type} ${own}`] : []),
    ...Object.entries(schema).flatMap(([key, value]) =>
      numericRuleViolations(value, `${path}/${key.replaceAll('~', '~0').replaceAll('/', '~1')}`),
    ),
  ];
}
