import {
  Array as ArrayType,
  Boolean as BooleanType,
  Integer,
  Literal,
  Null,
  Number as NumberType,
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
 */
export const Type = {
  Array: ArrayType,
  Boolean: BooleanType,
  Integer,
  Literal,
  Null,
  Number: NumberType,
  Object: ObjectType,
  Optional,
  String: StringType,
  Union,
  Unknown,
} as const;
