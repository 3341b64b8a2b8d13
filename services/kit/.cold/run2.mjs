const t0 = performance.now();
const [bundle] = process.argv.slice(2);
const { handler } = await import(bundle);
const t1 = performance.now();
const event = {
  requestContext: { elb: { targetGroupArn: 'x' } },
  httpMethod: 'GET',
  path: process.argv[3] ?? '/healthz',
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
const t2 = performance.now();
console.log(
  JSON.stringify({
    boot: t0.toFixed(0),
    import: (t1 - t0).toFixed(0),
    first: (t2 - t1).toFixed(0),
    status: r.statusCode,
  }),
);
