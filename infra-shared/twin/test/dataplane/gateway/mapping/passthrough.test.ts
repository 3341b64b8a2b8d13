/**
 * Template choice by content type and the three passthrough behaviours, row by row from the tables of
 * "Method request behavior for payloads without mapping templates for REST APIs in API Gateway"
 * (https://docs.aws.amazon.com/apigateway/latest/developerguide/integration-passthrough-behaviors.html).
 */
import { describe, expect, it } from 'vitest';
import { compileMapping, renderRequest } from '../../../../src/dataplane/gateway/mapping/index.js';
import type { IntegrationMappingConfig } from '../../../../src/dataplane/gateway/types.js';
import { mappingRequest } from './mapping-request.js';

type Behavior = NonNullable<IntegrationMappingConfig['passthroughBehavior']>;
const PAYLOAD = '<pet>dog</pet>';

/** What happens to `PAYLOAD` sent with `contentType` (none: no header): transformed, passed through or 415. */
function outcome(
  templates: Record<string, string>,
  behavior: Behavior,
  contentType: string | undefined,
): string {
  const mapping = compileMapping({ requestTemplates: templates, passthroughBehavior: behavior });
  const headers = contentType === undefined ? {} : { 'content-type': contentType };
  const result = renderRequest(mapping, mappingRequest({ headers, bodyText: PAYLOAD }));
  if (result.kind === 'unsupportedMediaType') return '415';
  if (result.kind !== 'mapped') return result.kind;
  return result.templateType === undefined ? `passed through: ${result.body}` : `transformed: ${result.body}`;
}

describe('integration passthrough behaviours', () => {
  it('example 1: one template for application/json', () => {
    const templates = { 'application/json': '{"mapped":true}' };
    for (const behavior of ['WHEN_NO_MATCH', 'WHEN_NO_TEMPLATES', 'NEVER'] as const) {
      // No Content-Type: API Gateway takes application/json.
      expect(outcome(templates, behavior, undefined)).toBe('transformed: {"mapped":true}');
      expect(outcome(templates, behavior, 'application/json')).toBe('transformed: {"mapped":true}');
    }
    expect(outcome(templates, 'WHEN_NO_MATCH', 'application/xml')).toBe(`passed through: ${PAYLOAD}`);
    expect(outcome(templates, 'WHEN_NO_TEMPLATES', 'application/xml')).toBe('415');
    expect(outcome(templates, 'NEVER', 'application/xml')).toBe('415');
  });

  it('example 2: no templates at all', () => {
    for (const contentType of [undefined, 'application/json', 'application/xml']) {
      expect(outcome({}, 'WHEN_NO_MATCH', contentType)).toBe(`passed through: ${PAYLOAD}`);
      expect(outcome({}, 'WHEN_NO_TEMPLATES', contentType)).toBe(`passed through: ${PAYLOAD}`);
      expect(outcome({}, 'NEVER', contentType)).toBe('415');
    }
  });

  it('example 3: one template for application/xml', () => {
    const templates = { 'application/xml': '{"fromXml":true}' };
    expect(outcome(templates, 'WHEN_NO_MATCH', undefined)).toBe(`passed through: ${PAYLOAD}`);
    expect(outcome(templates, 'WHEN_NO_TEMPLATES', undefined)).toBe('415');
    expect(outcome(templates, 'NEVER', 'application/json')).toBe('415');
    for (const behavior of ['WHEN_NO_MATCH', 'WHEN_NO_TEMPLATES', 'NEVER'] as const) {
      expect(outcome(templates, behavior, 'application/xml')).toBe('transformed: {"fromXml":true}');
    }
  });

  it('matches the media type without parameters or case, and sends the template type as Content-Type', () => {
    const mapping = compileMapping({ requestTemplates: { 'application/json': '{}' } });
    const request = mappingRequest({ headers: { 'content-type': 'Application/JSON; charset=utf-8' } });
    expect(renderRequest(mapping, request)).toMatchObject({
      kind: 'mapped',
      templateType: 'application/json',
      headers: { 'content-type': 'application/json' },
    });
  });
});
