import { privateApiPolicy, REST_STAGE_NAME } from '@pik/cdk-constructs';
import * as apigw from 'aws-cdk-lib/aws-apigateway';
import type * as ec2 from 'aws-cdk-lib/aws-ec2';
import { Construct } from 'constructs';

export interface PrivateApiDomainProps {
  /** The public name clients use: the ALB forwards their `Host` header, which must name this domain. */
  readonly domainName: string;
  readonly certificateArn: string;
  readonly api: apigw.RestApi;
  readonly endpoint: ec2.IInterfaceVpcEndpoint;
}

/**
 * A custom domain name for the private API (`AWS::ApiGateway::DomainNameV2`, endpoint type PRIVATE) with
 * the API's stage mapped under `/v1`, and a domain name access association with the execute-api endpoint.
 *
 * This is how a request forwarded by the ALB finds the API: the endpoint routes on the `Host` header, and
 * the ALB forwards the client's (`api.example.com`), which names no API id. With the association, the
 * endpoint routes that host to this domain name (apigateway-private-api-test-invoke-url: "To invoke a
 * private API using a custom domain name, your VPC endpoint needs a domain name access association with a
 * custom domain name, and the custom domain name needs to allow access for the VPC endpoint"; its example
 * sends `Host: private.example.com` to the endpoint's own DNS name). The domain's own policy admits only
 * that endpoint, like the API's.
 */
export class PrivateApiDomain extends Construct {
  readonly domainName: apigw.CfnDomainNameV2;
  readonly mapping: apigw.CfnBasePathMappingV2;
  readonly association: apigw.CfnDomainNameAccessAssociation;

  constructor(scope: Construct, id: string, props: PrivateApiDomainProps) {
    super(scope, id);
    this.domainName = new apigw.CfnDomainNameV2(this, 'DomainName', {
      domainName: props.domainName,
      certificateArn: props.certificateArn,
      endpointConfiguration: { types: ['PRIVATE'] },
      securityPolicy: 'TLS_1_2',
      policy: privateApiPolicy(props.endpoint.vpcEndpointId).toJSON(),
    });
    this.mapping = new apigw.CfnBasePathMappingV2(this, 'StageMapping', {
      domainNameArn: this.domainName.attrDomainNameArn,
      restApiId: props.api.restApiId,
      stage: props.api.deploymentStage.stageName,
      basePath: REST_STAGE_NAME,
    });
    this.association = new apigw.CfnDomainNameAccessAssociation(this, 'EndpointAssociation', {
      domainNameArn: this.domainName.attrDomainNameArn,
      accessAssociationSource: props.endpoint.vpcEndpointId,
      accessAssociationSourceType: 'VPCE',
    });
  }
}
