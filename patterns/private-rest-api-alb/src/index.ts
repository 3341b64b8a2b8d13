import {
  ExecuteApiEndpoint,
  findRepoRoot,
  PikPatternStack,
  type PikPatternStackProps,
  type PikRestApi,
  REST_STAGE_NAME,
} from '@pik/cdk-constructs';
import * as acm from 'aws-cdk-lib/aws-certificatemanager';
import * as route53 from 'aws-cdk-lib/aws-route53';
import * as route53Targets from 'aws-cdk-lib/aws-route53-targets';
import type { Construct } from 'constructs';
import { PrivateApiDomain } from './private-domain.js';
import { PublicAlbToEndpoint } from './public-alb.js';
import { type PublicDomain, publicDomainOf } from './public-domain.js';
import { streamingExportFunction } from './streaming-export.js';

export { PrivateApiDomain } from './private-domain.js';
export { ENDPOINT_HEALTHY_CODES, PublicAlbToEndpoint } from './public-alb.js';
export { DOMAIN_GUARD_PARAMETER, PLACEHOLDER_DOMAIN, publicDomainOf } from './public-domain.js';

/** Props of option 7. Compute is always Lambda. */
export interface PrivateRestApiAlbStackProps extends PikPatternStackProps {
  /** Public domain name. @default context `pik:private-api-domain`, else a placeholder that cannot deploy */
  readonly domainName?: string;
  /** Route 53 zone of the domain as `ZONE_ID:zone.name`. @default context `pik:private-api-hosted-zone`, else none */
  readonly hostedZone?: string;
}

/**
 * Option 7: a private REST API (endpoint type PRIVATE) reachable only through an execute-api interface
 * endpoint, published to the internet by an ALB whose targets are the endpoint's addresses; a private
 * custom domain name with an access association routes the ALB's requests (their `Host`) to the API.
 */
export class PrivateRestApiAlbStack extends PikPatternStack {
  readonly api: PikRestApi;
  readonly endpoint: ExecuteApiEndpoint;
  readonly domain: PublicDomain;
  readonly privateDomain: PrivateApiDomain;
  readonly alb: PublicAlbToEndpoint;

  constructor(scope: Construct, props: PrivateRestApiAlbStackProps = {}) {
    super(scope, 'private-rest-api-alb', props, {
      defaultCompute: 'lambda',
      allowedCompute: ['lambda'],
      computeReason:
        'the private API integrates each service with its Lambda function; for containers behind a private integration pick rest-vpclinkv2-alb',
      needsVpc: true,
      publicSubnets: true,
    });
    const { vpc } = this.vpcNetwork;
    this.endpoint = new ExecuteApiEndpoint(this, 'ExecuteApi', {
      vpc,
      subnets: this.vpcNetwork.privateSubnets,
    });
    this.api = this.createRestApi(this.endpoint.endpoint);
    const repoRoot = props.repoRoot ?? findRepoRoot();
    for (const service of this.fleet.services) {
      const fn = service.lambda?.function;
      if (!fn) throw new Error(`service ${service.spec.name} has no function`);
      const exportFn = streamingExportFunction(this, service, repoRoot, this.logRetention);
      this.api.addService(service.spec, () => this.api.lambdaIntegration(service.spec, fn), {
        streaming: true,
        streamingIntegration: (spec) => this.api.lambdaStreamingIntegration(spec, exportFn),
      });
    }
    this.domain = publicDomainOf(this, props);
    const certificate = new acm.Certificate(this, 'Certificate', {
      domainName: this.domain.name,
      validation: acm.CertificateValidation.fromDns(this.domain.hostedZone),
    });
    this.privateDomain = new PrivateApiDomain(this, 'PrivateDomain', {
      domainName: this.domain.name,
      certificateArn: certificate.certificateArn,
      api: this.api.api,
      endpoint: this.endpoint.endpoint,
    });
    this.alb = new PublicAlbToEndpoint(this, 'PublicAlb', {
      vpc,
      subnets: this.vpcNetwork.publicSubnets,
      endpoint: this.endpoint,
      certificate,
      metricPrefix: `${this.pattern.stackName}-alb`,
    });
    if (this.domain.hostedZone) {
      new route53.ARecord(this, 'AliasRecord', {
        zone: this.domain.hostedZone,
        recordName: this.domain.name,
        target: route53.RecordTarget.fromAlias(new route53Targets.LoadBalancerTarget(this.alb.loadBalancer)),
      });
    }
    this.publish({
      invokeUrl: `https://${this.domain.name}/${REST_STAGE_NAME}`,
      stage: REST_STAGE_NAME,
      accessLogs: this.api.accessLogs,
      albs: [this.alb],
    });
  }
}
