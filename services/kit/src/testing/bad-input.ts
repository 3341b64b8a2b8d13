/**
 * The bad-input matrix every service runs (vitest only; import from tests): numbers at and beyond
 * DynamoDB's limits in bodies, query strings and path parameters, integers beyond the safe range, and
 * over-long or malformed path segments. Each refusal must be a 400 in the documented error shape naming
 * the field, carry the runtime headers, and leave the table exactly as it was. The accepted edges (0,
 * -0, the smallest non-zero DynamoDB number, the maximum) must be stored and read back.
 */
import type { FastifyInstance, InjectOptions } from 'fastify';
import { beforeAll, describe, expect, it } from 'vitest';
import { RUNTIME_HEADERS } from '../http/runtime-info.js';
import { DYNAMODB_SMALLEST_MAGNITUDE } from '../resource/numbers.js';
import { ErrorResponse } from '../resource/schemas.js';
import { schemaCheck, type TestStore } from './index.js';

/** A numeric body field: its slash path in the sample body (`lines/0/unitPrice`) and its inclusive maximum. */
export interface NumericField {
  readonly path: string;
  readonly maximum: number;
}

export interface BadInputOptions {
  readonly basePath: string;
  /** A valid POST body. */
  readonly sampleBody: Record<string, unknown>;
  /** A non-integer number field of the body, if the resource has one. */
  readonly numberField?: NumericField;
  /** An integer field of the body, if the resource has one. */
  readonly integerField?: NumericField;
  readonly app: () => FastifyInstance;
  readonly store: () => TestStore;
}

interface BadCase {
  readonly name: string;
  readonly request: (id: string) => InjectOptions;
  readonly code: string;
  readonly field: string;
  readonly location: string;
}

const JSON_TYPE = { 'content-type': 'application/json' };
const MARK = '"__number__"';

/** The sample body as JSON text with the field at `path` replaced by the literal `number` (`1e400`, `-0`). */
function bodyWith(sample: Record<string, unknown>, path: string, number: string): string {
  const copy = structuredClone(sample) as Record<string, unknown>;
  const keys = path.split('/');
  const last = keys.pop() as string;
  let node: Record<string, unknown> = copy;
  for (const key of keys) node = node[key] as Record<string, unknown>;
  node[last] = '__number__';
  return JSON.stringify(copy).replace(MARK, number);
}

function readBack(body: Record<string, unknown>, path: string): unknown {
  return path.split('/').reduce<unknown>((node, key) => (node as Record<string, unknown>)[key], body);
}

/** The next double above `value`: the smallest number the schema's maximum must refuse. */
function nextUp(value: number): number {
  const view = new DataView(new ArrayBuffer(8));
  view.setFloat64(0, value);
  view.setBigUint64(0, view.getBigUint64(0) + 1n);
  return view.getFloat64(0);
}

function pathCases(basePath: string): BadCase[] {
  const longId = 'a'.repeat(101);
  const params = { field: 'id', location: 'params' };
  return [
    {
      name: 'GET an id of 101 characters',
      request: () => ({ method: 'GET', url: `${basePath}/${longId}` }),
      code: 'VALIDATION_FAILED',
      ...params,
    },
    {
      name: 'PATCH an id of 101 characters',
      request: () => ({
        method: 'PATCH',
        url: `${basePath}/${longId}`,
        headers: JSON_TYPE,
        payload: '{"version":1}',
      }),
      code: 'VALIDATION_FAILED',
      ...params,
    },
    {
      name: 'GET a malformed percent-encoding in the id',
      request: () => ({ method: 'GET', url: `${basePath}/%ZZ` }),
      code: 'MALFORMED_URL',
      ...params,
    },
    {
      name: 'DELETE a truncated UTF-8 escape in the id',
      request: () => ({ method: 'DELETE', url: `${basePath}/%E0%A4%A` }),
      code: 'MALFORMED_URL',
      ...params,
    },
    {
      name: 'a malformed percent-encoding outside any parameter',
      request: () => ({ method: 'GET', url: '/%ZZ' }),
      code: 'MALFORMED_URL',
      field: 'url',
      location: 'url',
    },
  ];
}

function queryCases(basePath: string): BadCase[] {
  const version = { code: 'VALIDATION_FAILED', field: 'version', location: 'querystring' };
  const limit = { code: 'VALIDATION_FAILED', field: 'limit', location: 'querystring' };
  return [
    {
      name: 'DELETE ?version above Number.MAX_SAFE_INTEGER',
      request: (id) => ({ method: 'DELETE', url: `${basePath}/${id}?version=9007199254740993` }),
      ...version,
    },
    {
      name: 'DELETE ?version=1e400 (Infinity)',
      request: (id) => ({ method: 'DELETE', url: `${basePath}/${id}?version=1e400` }),
      ...version,
    },
    {
      name: 'DELETE ?version=1e3 (not plain digits)',
      request: (id) => ({ method: 'DELETE', url: `${basePath}/${id}?version=1e3` }),
      ...version,
    },
    {
      name: 'DELETE ?version=9007199254740990.9 (rounds to an integer)',
      request: (id) => ({ method: 'DELETE', url: `${basePath}/${id}?version=9007199254740990.9` }),
      ...version,
    },
    {
      name: 'GET ?limit=1e-200',
      request: () => ({ method: 'GET', url: `${basePath}?limit=1e-200` }),
      ...limit,
    },
    ...exportQueryCases(basePath),
  ];
}

/** The streaming export route refuses its query before the first byte (the status is still open). */
function exportQueryCases(basePath: string): BadCase[] {
  const pageSize = { code: 'VALIDATION_FAILED', field: 'pageSize', location: 'querystring' };
  const exportUrl = (query: string) => () => ({ method: 'GET' as const, url: `${basePath}/export?${query}` });
  return [
    { name: 'GET export ?pageSize=0', request: exportUrl('pageSize=0'), ...pageSize },
    { name: 'GET export ?pageSize=101 (above a page)', request: exportUrl('pageSize=101'), ...pageSize },
    { name: 'GET export ?pageSize=ten', request: exportUrl('pageSize=ten'), ...pageSize },
    {
      name: 'GET export ?cursor=abc (not a cursor this API issued)',
      request: exportUrl('cursor=abc'),
      code: 'VALIDATION_FAILED',
      field: 'cursor',
      location: 'querystring',
    },
  ];
}

function patchVersionCases(basePath: string): BadCase[] {
  const version = { code: 'VALIDATION_FAILED', field: 'version', location: 'body' };
  const patch = (id: string, literal: string): InjectOptions => ({
    method: 'PATCH',
    url: `${basePath}/${id}`,
    headers: JSON_TYPE,
    payload: `{"version":${literal}}`,
  });
  return [
    { name: 'PATCH version 9007199254740992', request: (id) => patch(id, '9007199254740992'), ...version },
    {
      name: 'PATCH version 1e300 (an integer to JavaScript)',
      request: (id) => patch(id, '1e300'),
      ...version,
    },
    { name: 'PATCH version 1e400 (Infinity)', request: (id) => patch(id, '1e400'), ...version },
  ];
}

function bodyCases(options: BadInputOptions): BadCase[] {
  const post = (path: string, literal: string) => () => ({
    method: 'POST' as const,
    url: options.basePath,
    headers: JSON_TYPE,
    payload: bodyWith(options.sampleBody, path, literal),
  });
  const refuse = (field: NumericField, literals: string[]): BadCase[] =>
    literals.map((literal) => ({
      name: `POST ${field.path} = ${literal}`,
      request: post(field.path, literal),
      code: 'VALIDATION_FAILED',
      field: field.path,
      location: 'body',
    }));
  const number = options.numberField;
  const integer = options.integerField;
  return [
    ...(number
      ? refuse(number, ['1e-200', '-1e-200', '9.99e-131', '1e400', '-1e400', String(nextUp(number.maximum))])
      : []),
    ...(integer
      ? refuse(integer, ['1e300', '9007199254740993', '1e400', '0.5', String(integer.maximum + 1)])
      : []),
  ];
}

/** Registers the matrix as vitest cases; the app and store are read when the cases run. */
export function describeBadInput(options: BadInputOptions): void {
  const isDocumentedError = schemaCheck(ErrorResponse);
  const cases = [
    ...pathCases(options.basePath),
    ...queryCases(options.basePath),
    ...patchVersionCases(options.basePath),
    ...bodyCases(options),
  ];
  let existingId = '';

  describe('bad input at the edges of DynamoDB and the router: 400 naming the field, table unchanged', () => {
    beforeAll(async () => {
      const created = await options
        .app()
        .inject({ method: 'POST', url: options.basePath, payload: options.sampleBody });
      existingId = created.json().id;
    });

    it.each(cases)('$name -> 400 $code ($location/$field)', async (testCase) => {
      const before = await options.store().snapshot();
      const response = await options.app().inject(testCase.request(existingId));
      const body = response.json();
      expect({ status: response.statusCode, body }).toMatchObject({
        status: 400,
        body: { statusCode: 400, code: testCase.code, field: testCase.field, location: testCase.location },
      });
      expect(response.headers['content-type']).toMatch(/^application\/json/);
      expect(isDocumentedError(body)).toBe(true);
      for (const header of Object.values(RUNTIME_HEADERS)) expect(response.headers[header]).toBeDefined();
      expect(await options.store().snapshot()).toEqual(before);
    });

    const accepted = (field: NumericField, literals: string[]) =>
      literals.map((literal) => ({ path: field.path, literal }));
    const edges = [
      ...(options.numberField
        ? accepted(options.numberField, [
            '0',
            '-0',
            String(DYNAMODB_SMALLEST_MAGNITUDE),
            '0.07',
            String(options.numberField.maximum),
          ])
        : []),
      ...(options.integerField ? accepted(options.integerField, [String(options.integerField.maximum)]) : []),
    ];
    if (edges.length === 0) return;
    it.each(edges)('accepts $path = $literal, stores it and reads it back', async ({ path, literal }) => {
      const payload = bodyWith(options.sampleBody, path, literal);
      const created = await options
        .app()
        .inject({ method: 'POST', url: options.basePath, headers: JSON_TYPE, payload });
      expect(created.statusCode).toBe(201);
      const read = await options
        .app()
        .inject({ method: 'GET', url: `${options.basePath}/${created.json().id}` });
      expect(readBack(read.json(), path)).toBe(Number(literal) === 0 ? 0 : Number(literal));
    });
  });
}
