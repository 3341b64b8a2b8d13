import * as iam from 'aws-cdk-lib/aws-iam';

/**
 * The resource policy of a private API (or of a private custom domain name) reached through one
 * execute-api endpoint: an explicit Deny for any request whose `aws:SourceVpce` is not that endpoint, and an
 * Allow for the rest (apigateway-resource-policies-examples, "Allow private API traffic based on source VPC
 * or VPC endpoint"). The Deny is what restricts: an Allow conditioned with `StringNotEquals` would hold for
 * every request that lacks the key, since a negated operator on an absent key is true.
 */
export function privateApiPolicy(vpcEndpointId: string): iam.PolicyDocument {
  const invoke = { principals: [new iam.AnyPrincipal()], actions: ['execute-api:Invoke'] };
  return new iam.PolicyDocument({
    statements: [
      new iam.PolicyStatement({
        ...invoke,
        effect: iam.Effect.DENY,
        resources: ['execute-api:/*'],
        conditions: { StringNotEquals: { 'aws:SourceVpce': vpcEndpointId } },
      }),
      new iam.PolicyStatement({ ...invoke, effect: iam.Effect.ALLOW, resources: ['execute-api:/*'] }),
    ],
  });
}
