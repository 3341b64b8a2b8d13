/**
 * The variables of mapping templates, each against the developer guide page that documents it:
 * - REF: "Variables for data transformations for API Gateway"
 *   (https://docs.aws.amazon.com/apigateway/latest/developerguide/api-gateway-mapping-template-reference.html)
 * - EXAMPLES: "Examples using variables for mapping template transformations for API Gateway"
 *   (https://docs.aws.amazon.com/apigateway/latest/developerguide/api-gateway-mapping-variable-examples.html)
 * - OVERRIDE: "Override your API's request and response parameters and status codes for REST APIs"
 *   (https://docs.aws.amazon.com/apigateway/latest/developerguide/apigateway-override-request-response-parameters.html)
 */
import { describe, expect, it } from 'vitest';
import {
  compileMapping,
  type MappingRequest,
  renderRequest,
  renderResponse,
  selectIntegrationResponse,
} from '../../../../src/dataplane/gateway/mapping/index.js';
import { mappingRequest } from './mapping-request.js';

/** The integration request body a one-template mapping renders for `request`. */
function rendered(template: string, request: MappingRequest = mappingRequest()): string {
  const outcome = renderRequest(
    compileMapping({ requestTemplates: { 'application/json': template } }),
    request,
  );
  if (outcome.kind !== 'mapped') throw new Error(`not mapped: ${JSON.stringify(outcome)}`);
  return outcome.body.toString();
}

describe('$input (REF, "Input variables")', () => {
  const body = JSON.stringify({ things: { book: { title: 'Kim' }, pen: { color: 'red' } }, count: 2 });

  it("$input.params('name') and $input.json('$') build a JSON body (REF's first $input example)", () => {
    const request = mappingRequest({ rawQueryString: 'name=Alex', bodyText: '{"a":1}' });
    const out = rendered(`{"name" : "$input.params('name')", "body" : $input.json('$')}`, request);
    expect(JSON.parse(out)).toEqual({ name: 'Alex', body: { a: 1 } });
  });

  it('$input.json(x) gives JSON text, $input.path(x) an object to walk (REF, $input.json / $input.path)', () => {
    const request = mappingRequest({ bodyText: body });
    expect(rendered("$input.json('$.things.book')", request)).toBe('{"title":"Kim"}');
    expect(rendered("$input.json('$.count')", request)).toBe('2');
    const walk = `#set($root = $input.path('$'))#foreach($name in $root.things.keySet())$name=$root.things.get($name)#if($foreach.hasNext),#end#end`;
    expect(rendered(walk, request)).toBe('book={title=Kim},pen={color=red}');
    expect(rendered("$input.path('$.things.book.title').length()", request)).toBe('3');
  });

  it('a definite JSONPath yields one value, an indefinite one (wildcard, filter) the list of matches', () => {
    const request = mappingRequest({ bodyText: '{"items":[{"sku":"a","n":1},{"sku":"b","n":5}]}' });
    expect(rendered("$input.json('$.items[0].sku') $input.json('$.items[*].sku')", request)).toBe(
      '"a" ["a","b"]',
    );
    expect(rendered("$input.json('$.items[?(@.n > 2)].sku')", request)).toBe('["b"]');
  });

  it('a missing or null value renders as nothing, while $input.json keeps JSON null', () => {
    const request = mappingRequest({ bodyText: '{"gone":null}' });
    expect(rendered("[$input.path('$.gone')][$input.path('$.absent')][$input.json('$.gone')]", request)).toBe(
      '[][][null]',
    );
  });

  it('$input.body is the raw payload as a string (REF, $input.body)', () => {
    const request = mappingRequest({ bodyText: 'not json at all' });
    expect(rendered('[$input.body]', request)).toBe('[not json at all]');
  });

  it('$input.params(x) looks in path, then query string, then header (REF, $input.params(x))', () => {
    const request = mappingRequest({
      pathParameters: { id: 'from-path' },
      rawQueryString: 'id=from-query&q=query-only',
      headers: { 'content-type': 'application/json', id: 'from-header', 'x-only': 'header-only' },
    });
    expect(
      rendered(
        "$input.params('id') $input.params('q') $input.params('X-Only') [$input.params('none')]",
        request,
      ),
    ).toBe('from-path query-only header-only []');
  });

  it('$input.params() returns path, querystring and header maps (EXAMPLES, example 2)', () => {
    const template = `#set($allParams = $input.params())
{"params":{#foreach($type in $allParams.keySet())#set($params = $allParams.get($type))"$type":{#foreach($paramName in $params.keySet())"$paramName":"$util.escapeJavaScript($params.get($paramName))"#if($foreach.hasNext),#end#end}#if($foreach.hasNext),#end#end}}`;
    const request = mappingRequest({
      pathParameters: { petId: '7' },
      rawQueryString: 'q=a"b',
      headers: { 'content-type': 'application/json' },
    });
    expect(JSON.parse(rendered(template, request))).toEqual({
      params: {
        path: { petId: '7' },
        querystring: { q: 'a"b' },
        header: { 'content-type': 'application/json' },
      },
    });
  });

  it('a body the template reads as JSON but that is not JSON is a 400 naming the parse failure', () => {
    const mapping = compileMapping({ requestTemplates: { 'application/json': "$input.json('$')" } });
    const outcome = renderRequest(mapping, mappingRequest({ bodyText: '{"a":' }));
    expect(outcome.kind).toBe('badRequestBody');
    expect(outcome.kind === 'badRequestBody' && outcome.message).toMatch(
      /^Could not parse request body into json: /,
    );
  });
});

describe('Velocity directives across requests', () => {
  it('#stop ends one render only: the next request renders the template again', () => {
    const mapping = compileMapping({
      requestTemplates: { 'application/json': "first#if($input.params('halt') == 'yes')#stop()#end second" },
    });
    const body = (query: string) => {
      const outcome = renderRequest(mapping, mappingRequest({ rawQueryString: query }));
      return outcome.kind === 'mapped' ? outcome.body.toString() : outcome.kind;
    };
    expect(body('halt=yes')).toBe('first');
    expect(body('halt=no')).toBe('first second');
  });
});

describe('$util (REF, "$util variables")', () => {
  it('escapeJavaScript escapes quotes, backslashes, slashes and control characters', () => {
    const request = mappingRequest({ bodyText: JSON.stringify({ s: 'It\'s "x"\n/\\ é' }) });
    expect(rendered("$util.escapeJavaScript($input.path('$.s'))", request)).toBe(
      'It\\\'s \\"x\\"\\n\\/\\\\ \\u00E9',
    );
  });

  it('parseJson turns stringified JSON into an object (REF, $util.parseJson example)', () => {
    const request = mappingRequest({ bodyText: JSON.stringify({ escapedJson: '{"name":"Bob","n":[1,2]}' }) });
    const template = "#set($obj = $util.parseJson($input.path('$.escapedJson')))$obj.name $obj.n.size()";
    expect(rendered(template, request)).toBe('Bob 2');
  });

  it('urlEncode / urlDecode follow application/x-www-form-urlencoded; base64Encode / Decode round-trip', () => {
    expect(rendered('$util.urlEncode("a b&c=d/é*~")')).toBe('a+b%26c%3Dd%2F%C3%A9*%7E');
    expect(rendered('$util.urlDecode("a+b%26c%3Dd")')).toBe('a b&c=d');
    expect(rendered('$util.base64Encode("pik twin")')).toBe('cGlrIHR3aW4=');
    expect(rendered('$util.base64Decode("cGlrIHR3aW4=")')).toBe('pik twin');
  });
});

describe('$context and $stageVariables', () => {
  it('passes $context variables to the backend (EXAMPLES, example 1)', () => {
    const template = `{"stage":"$context.stage","request_id":"$context.requestId","api_id":"$context.apiId","resource_path":"$context.resourcePath","http_method":"$context.httpMethod","source_ip":"$context.identity.sourceIp","user-agent":"$context.identity.userAgent","path":"$context.path","time":"$context.requestTime"}`;
    expect(JSON.parse(rendered(template))).toEqual({
      stage: 'prod',
      request_id: 'abcdefg-000-000-0000-abcdefg',
      api_id: 'abcd1234',
      resource_path: '/pets/{petId}',
      http_method: 'POST',
      source_ip: '192.0.2.1',
      'user-agent': 'curl/7.84.0',
      path: '/prod/pets/7',
      time: '07/Dec/2026:12:31:50 +0000',
    });
  });

  it('$context.authorizer.* holds the Lambda authorizer principal and context (REF, $context.authorizer.property)', () => {
    const request = mappingRequest({
      authorizer: {
        claims: {},
        scopes: [],
        lambda: { principalId: 'user-1', context: { tier: 'gold', n: 3 } },
      },
    });
    expect(
      rendered('$context.authorizer.principalId $context.authorizer.tier $context.authorizer.n', request),
    ).toBe('user-1 gold 3');
  });

  it('$stageVariables.<name> reads the stage variable (REF, "Stage variables"); an absent one renders empty', () => {
    const request = mappingRequest({ stageVariables: { backend: 'v2' } });
    expect(rendered('[$stageVariables.backend][$stageVariables.missing]', request)).toBe('[v2][]');
  });
});

describe('$context.requestOverride / responseOverride (OVERRIDE)', () => {
  it('a request template overrides integration request headers, query string and path values', () => {
    const template = `#set($context.requestOverride.header.header1 = "h1")
#set($context.requestOverride.querystring.qs1 = "q1")
#set($context.requestOverride.path.petId = "8")
{}`;
    const outcome = renderRequest(
      compileMapping({ requestTemplates: { 'application/json': template } }),
      mappingRequest(),
    );
    expect(outcome).toMatchObject({
      kind: 'mapped',
      headers: { header1: 'h1', 'content-type': 'application/json' },
      querystring: { qs1: 'q1' },
      pathParameters: { petId: '8' },
    });
  });

  it('a response template overrides the method response status and a header', () => {
    const mapping = compileMapping({
      integrationResponses: [
        {
          statusCode: '200',
          responseTemplates: {
            'application/json': `#set($inputRoot = $input.path('$'))$input.json("$")
#set($context.responseOverride.header.Test = "test")
#if($inputRoot.toString().contains("error"))#set($context.responseOverride.status = 400)#end`,
          },
        },
      ],
    });
    const chosen = selectIntegrationResponse(mapping, { statusCode: 200 });
    if (!chosen) throw new Error('default response not selected');
    const outcome = renderResponse(chosen, mappingRequest(), { body: '{"error":"boom"}' });
    expect(outcome).toMatchObject({
      kind: 'response',
      response: { statusCode: 400, headers: { Test: 'test' } },
    });
    const fine = renderResponse(chosen, mappingRequest(), { body: '{"ok":true}' });
    expect(fine).toMatchObject({ response: { statusCode: 200 } });
  });
});
