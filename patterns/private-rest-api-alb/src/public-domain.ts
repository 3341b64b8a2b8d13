import { PRIVATE_API_DOMAIN_CONTEXT_KEY, PRIVATE_API_HOSTED_ZONE_CONTEXT_KEY } from '@pik/contracts';
import * as route53 from 'aws-cdk-lib/aws-route53';
import { Annotations, CfnParameter, type Stack, Validations } from 'aws-cdk-lib/core';

/**
 * The name synthesized when no domain is given. `.invalid` is reserved (RFC 2606): it never resolves and no
 * certificate authority issues a certificate for it, so nothing can ever answer on it.
 */
export const PLACEHOLDER_DOMAIN = 'api.private-rest-api-alb.invalid';

/**
 * The parameter a placeholder synthesis adds, without a default: CloudFormation refuses to create or
 * update a stack whose parameters have no value ("Parameters: [...] must have values") before it touches
 * any resource, so `cdk deploy` stops there. Its name says what to do.
 */
export const DOMAIN_GUARD_PARAMETER = 'SetContextPikPrivateApiDomainBeforeDeploying';

export interface PublicDomain {
  readonly name: string;
  readonly placeholder: boolean;
  readonly hostedZone?: route53.IHostedZone;
}

const DOMAIN = /^(?=.{4,253}$)([a-z0-9]([a-z0-9-]{0,61}[a-z0-9])?\.)+[a-z]{2,63}$/;
const ZONE = /^(Z[A-Z0-9]{1,31}):(.+)$/;

/**
 * The stack's public domain and hosted zone, from its props or else the CDK context keys; the placeholder,
 * with a synth warning and the deploy guard, when neither names a domain. A malformed value throws, naming
 * the key.
 */
export function publicDomainOf(
  stack: Stack,
  given: { readonly domainName?: string; readonly hostedZone?: string },
): PublicDomain {
  const name = given.domainName ?? stack.node.tryGetContext(PRIVATE_API_DOMAIN_CONTEXT_KEY);
  const zone = given.hostedZone ?? stack.node.tryGetContext(PRIVATE_API_HOSTED_ZONE_CONTEXT_KEY);
  if (name === undefined || name === null || name === '') {
    if (zone !== undefined) {
      throw new Error(
        `${PRIVATE_API_HOSTED_ZONE_CONTEXT_KEY} needs ${PRIVATE_API_DOMAIN_CONTEXT_KEY} as well`,
      );
    }
    guardPlaceholder(stack);
    return { name: PLACEHOLDER_DOMAIN, placeholder: true };
  }
  const domain = String(name).toLowerCase();
  if (!DOMAIN.test(domain) || domain.endsWith('.invalid')) {
    throw new Error(
      `${PRIVATE_API_DOMAIN_CONTEXT_KEY} must be a DNS name such as api.example.com, got '${name}'`,
    );
  }
  if (zone === undefined || zone === null || zone === '') return { name: domain, placeholder: false };
  return { name: domain, placeholder: false, hostedZone: hostedZoneOf(stack, String(zone), domain) };
}

function hostedZoneOf(stack: Stack, value: string, domain: string): route53.IHostedZone {
  const match = ZONE.exec(value);
  const zoneName = match?.[2]?.toLowerCase().replace(/\.$/, '');
  if (!match || !zoneName) {
    throw new Error(`${PRIVATE_API_HOSTED_ZONE_CONTEXT_KEY} must be ZONE_ID:zone.name, got '${value}'`);
  }
  if (domain !== zoneName && !domain.endsWith(`.${zoneName}`)) {
    throw new Error(`${PRIVATE_API_HOSTED_ZONE_CONTEXT_KEY}: ${domain} is not in the zone ${zoneName}`);
  }
  return route53.HostedZone.fromHostedZoneAttributes(stack, 'PublicZone', {
    hostedZoneId: match[1] as string,
    zoneName,
  });
}

function guardPlaceholder(stack: Stack): void {
  Annotations.of(stack).addWarningV2(
    'pik:private-api-placeholder-domain',
    `No ${PRIVATE_API_DOMAIN_CONTEXT_KEY}: synthesized on ${PLACEHOLDER_DOMAIN}, which cannot be deployed. ` +
      `Synthesize with -c ${PRIVATE_API_DOMAIN_CONTEXT_KEY}=api.example.com to deploy.`,
  );
  new CfnParameter(stack, DOMAIN_GUARD_PARAMETER, {
    type: 'String',
    description:
      `Synthesized without ${PRIVATE_API_DOMAIN_CONTEXT_KEY}, on the placeholder ${PLACEHOLDER_DOMAIN}. ` +
      'Deploying is refused on purpose: synthesize again with the context key set to your domain.',
  });
  // CloudFormation Validate reports W2001 on the stack, not the parameter: the stack has no other parameter.
  Validations.of(stack).acknowledge({
    id: 'CloudFormation-Validate::W2001',
    reason:
      'The guard parameter is referenced by nothing on purpose: its missing value alone stops a deploy.',
  });
}
