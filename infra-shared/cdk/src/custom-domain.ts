/**
 * A Regional custom domain name in front of a pattern's API: an ACM certificate validated through the
 * Route 53 zone, the domain name, a mapping of the API's stage, alias records, and (REST only) routing
 * rules. Rules for the values live in `custom-domain-rules.ts`.
 */
import * as apigw from 'aws-cdk-lib/aws-apigateway';
import * as apigwv2 from 'aws-cdk-lib/aws-apigatewayv2';
import * as acm from 'aws-cdk-lib/aws-certificatemanager';
import * as route53 from 'aws-cdk-lib/aws-route53';
import * as targets from 'aws-cdk-lib/aws-route53-targets';
import { Construct } from 'constructs';
import { type CustomDomain, type DomainRoutingRule, validateCustomDomain } from './custom-domain-rules.js';

export type { CustomDomain, DomainRoutingRule } from './custom-domain-rules.js';

/**
 * TLS policy of REST custom domains: TLS 1.3 and 1.2 with forward secrecy and post-quantum key exchange, an
 * enhanced policy, which needs an endpoint access mode (apigateway-security-policies.html). HTTP APIs
 * accept only `TLS_1_2` and cannot be mapped to a domain with an enhanced policy
 * (apigateway-custom-domain-tls-version.html).
 */
export const REST_DOMAIN_SECURITY_POLICY = apigw.SecurityPolicy.TLS13_1_2_PFS_PQ_2025_09;

/**
 * CloudFormation's name for "routing rules first, then base path mappings" on `AWS::ApiGateway::DomainName`
 * (the console and `apigatewayv2` call it ROUTING_RULE_THEN_API_MAPPING; set-routing-mode.html).
 */
export const ROUTING_RULES_THEN_MAPPINGS = 'ROUTING_RULE_THEN_BASE_PATH_MAPPING';

interface DomainParts {
  readonly zone: route53.IHostedZone;
  readonly certificate: acm.Certificate;
}

export interface PikCustomDomainProps {
  readonly domain: CustomDomain;
  /** What the domain fronts. */
  readonly api:
    | { readonly kind: 'rest'; readonly api: apigw.RestApi; readonly stageName: string }
    | { readonly kind: 'http'; readonly api: apigwv2.HttpApi; readonly stage: apigwv2.IStage };
}

/**
 * The custom domain name. REST: `https://<name>/<stage>/...` (the stage mapped under its own name, so
 * paths match the execute-api URL) plus routing rules when given. HTTP: the `$default` stage at the root.
 */
export class PikCustomDomain extends Construct {
  /** `https://<name>` with the mapped base path, no trailing slash. */
  readonly url: string;
  readonly certificate: acm.Certificate;
  readonly routingRules: apigwv2.CfnRoutingRule[] = [];

  constructor(scope: Construct, id: string, props: PikCustomDomainProps) {
    super(scope, id);
    const { domain } = props;
    validateCustomDomain(domain, props.api.kind);
    const zone = route53.HostedZone.fromHostedZoneAttributes(this, 'Zone', {
      hostedZoneId: domain.hostedZoneId,
      zoneName: domain.zoneName,
    });
    this.certificate = new acm.Certificate(this, 'Certificate', {
      domainName: domain.name,
      validation: acm.CertificateValidation.fromDns(zone),
    });
    const parts = { zone, certificate: this.certificate };
    if (props.api.kind === 'rest') {
      this.restDomain(parts, props.api, domain);
      this.url = `https://${domain.name}/${props.api.stageName}`;
    } else {
      this.httpDomain(parts, props.api.api, props.api.stage, domain.name);
      this.url = `https://${domain.name}`;
    }
  }

  private restDomain(
    parts: DomainParts,
    rest: { readonly api: apigw.RestApi; readonly stageName: string },
    domain: CustomDomain,
  ): void {
    const { api, stageName } = rest;
    const name = new apigw.DomainName(this, 'DomainName', {
      domainName: domain.name,
      certificate: parts.certificate,
      endpointType: apigw.EndpointType.REGIONAL,
      securityPolicy: REST_DOMAIN_SECURITY_POLICY,
      endpointAccessMode: apigw.EndpointAccessMode.STRICT,
    });
    name.addBasePathMapping(api, { basePath: stageName, stage: api.deploymentStage, attachToStage: false });
    const rules = domain.routingRules ?? [];
    if (rules.length > 0) {
      (name.node.defaultChild as apigw.CfnDomainName).routingMode = ROUTING_RULES_THEN_MAPPINGS;
      for (const rule of rules) this.routingRules.push(this.routingRule(name, rest, rule));
    }
    this.alias(parts.zone, domain.name, new targets.ApiGatewayDomain(name));
  }

  private routingRule(
    name: apigw.DomainName,
    { api, stageName }: { readonly api: apigw.RestApi; readonly stageName: string },
    rule: DomainRoutingRule,
  ) {
    const headers = Object.entries(rule.headers ?? {});
    return new apigwv2.CfnRoutingRule(this, `RoutingRule${rule.priority}`, {
      domainNameArn: (name.node.defaultChild as apigw.CfnDomainName).attrDomainNameArn,
      priority: rule.priority,
      conditions: [
        ...(headers.length
          ? [{ matchHeaders: { anyOf: headers.map(([header, valueGlob]) => ({ header, valueGlob })) } }]
          : []),
        ...(rule.basePaths?.length ? [{ matchBasePaths: { anyOf: [...rule.basePaths] } }] : []),
      ],
      actions: [
        {
          invokeApi: {
            apiId: api.restApiId,
            stage: rule.stage ?? stageName,
            stripBasePath: rule.stripBasePath ?? false,
          },
        },
      ],
    });
  }

  private httpDomain(parts: DomainParts, api: apigwv2.HttpApi, stage: apigwv2.IStage, domainName: string) {
    const name = new apigwv2.DomainName(this, 'DomainName', {
      domainName,
      certificate: parts.certificate,
      securityPolicy: apigwv2.SecurityPolicy.TLS_1_2,
    });
    new apigwv2.ApiMapping(this, 'ApiMapping', { api, domainName: name, stage });
    this.alias(
      parts.zone,
      domainName,
      new targets.ApiGatewayv2DomainProperties(name.regionalDomainName, name.regionalHostedZoneId),
    );
  }

  /** An A alias record to the domain's Regional endpoint (IPv4, the domain's default address type). */
  private alias(zone: route53.IHostedZone, name: string, target: route53.IAliasRecordTarget): void {
    new route53.ARecord(this, 'Alias', {
      zone,
      recordName: name,
      target: route53.RecordTarget.fromAlias(target),
    });
  }
}
