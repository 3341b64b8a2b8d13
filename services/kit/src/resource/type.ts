import {
  Array as ArrayType,
  Boolean as BooleanType,
  Literal,
  Null,
  Object as ObjectType,
  Optional,
  String as StringType,
  Union,
  Unknown,
} from 'typebox';

/**
 * The TypeBox builders the services declare their schemas with. Named imports rather than TypeBox's
 * default `Type` namespace: bundles then carry only these builders, not the whole type system (the
 * TypeScript-syntax `Script` parser, type actions and engine), which every Lambda cold start would parse.
 * Numbers are not among them: every numeric field and parameter is built with `dynamoInteger` or
 * `dynamoNumber` (./numbers.ts), which keep values within what DynamoDB and lib-dynamodb accept.
 */
export const Type = {
  Array: ArrayType,
  Boolean: BooleanType,
  Literal,
  Null,
  Object: ObjectType,
  Optional,
  String: StringType,
  Union,
  Unknown,
} as const;
