const [bundle] = process.argv.slice(2);
const { handler } = await import(bundle);
const event = {
  requestContext: { elb: { targetGroupArn: 'x' } },
  httpMethod: 'GET',
  path: '/healthz',
  queryStringParameters: {},
  headers: {},
  body: '',
  isBase64Encoded: false,
};
const r = await handler(event, {
  functionName: 'x',
  awsRequestId: 'r',
  getRemainingTimeInMillis: () => 1000,
});
if (r.statusCode !== 200) process.exit(1);
