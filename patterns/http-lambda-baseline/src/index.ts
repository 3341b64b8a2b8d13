import {
  type PikHttpApi,
  PikPatternStack,
  type PikPatternStackProps,
  pascalName,
  type ServiceFleet,
} from '@pik/cdk-constructs';
import { HttpLambdaIntegration } from 'aws-cdk-lib/aws-apigatewayv2-integrations';
import { Construct } from 'constructs';

export interface HttpApiToLambdasProps {
  readonly fleet: ServiceFleet;
  readonly api: PikHttpApi;
}

/** Option 6 (baseline): every service's routes use a Lambda proxy integration; no VPC, no load balancer. */
export class HttpApiToLambdas extends Construct {
  constructor(scope: Construct, id: string, props: HttpApiToLambdasProps) {
    super(scope, id);
    for (const service of props.fleet.services) {
      if (!service.lambda) throw new Error(`service ${service.spec.name} has no function`);
      const integration = new HttpLambdaIntegration(
        `${pascalName(service.spec.name)}Lambda`,
        service.lambda.function,
      );
      props.api.addService(service.spec, integration);
    }
  }
}

/** Props of option 6. Compute is always Lambda. */
export interface HttpLambdaBaselineStackProps extends PikPatternStackProps {}

/** Option 6 as a deployable stack: `PikHttpLambdaBaseline`. */
export class HttpLambdaBaselineStack extends PikPatternStack {
  readonly api: PikHttpApi;

  constructor(scope: Construct, props: HttpLambdaBaselineStackProps = {}) {
    super(scope, 'http-lambda-baseline', props, {
      defaultCompute: 'lambda',
      allowedCompute: ['lambda'],
      computeReason:
        'the baseline integrates API Gateway with Lambda directly; for containers pick http-vpclink-albs or rest-vpclinkv2-alb',
      needsVpc: false,
    });
    this.api = this.createHttpApi();
    new HttpApiToLambdas(this, 'Direct', { fleet: this.fleet, api: this.api });
    this.api.applyRouteThrottles(this.specs);
    this.publishApi(this.api);
  }
}
