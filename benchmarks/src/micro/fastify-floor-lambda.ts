/**
 * The floor of the services' Lambda design, measured by bench:cold next to them: the least a handler
 * built the required way does. Fastify 5 with one JSON route, readied during init and served through
 * @fastify/aws-lambda, plus the same DynamoDB document client and read as the bare handler. No schemas,
 * hooks, logger or metrics. Bundled with the services' own Lambda options, so the gap between this row and
 * the bare handler is what Fastify and @fastify/aws-lambda cost on their own.
 */
import awsLambdaFastify from '@fastify/aws-lambda';
import Fastify from 'fastify';
import { answerGet } from './bench-dynamo-client.js';

// The services' bundles carry no Ajv or fast-json-stringify (the kit gives its own compilers), so this
// handler gives factories too. With no schema on any route they are never asked for a function.
const unused = () => () => {
  throw new Error('the floor handler has no schemas');
};
const app = Fastify({
  schemaController: { compilersFactory: { buildValidator: unused, buildSerializer: unused } },
});
app.get(
  '/*',
  async (request, reply) => (await answerGet(request.url)) ?? reply.code(404).send({ message: 'not found' }),
);
const proxy = awsLambdaFastify(app, { decorateRequest: false, callbackWaitsForEmptyEventLoop: false });
await app.ready();

export const handler = proxy;
