import type { Throttle } from '@pik/contracts';
import { EXPORT_SEGMENT } from '@pik/service-kit/catalogue';
import type * as apigw from 'aws-cdk-lib/aws-apigateway';

/**
 * REST response streaming (API Gateway, November 2025): an integration's `ResponseTransferMode`. `STREAM`
 * is accepted for `HTTP_PROXY` and `AWS_PROXY` integrations only, which include private integrations that
 * use `HTTP_PROXY` (API Gateway developer guide, "Stream the integration response for your proxy
 * integrations in API Gateway"); HTTP APIs have no streaming. Default `BUFFERED`.
 */
export const RESPONSE_TRANSFER_MODE = { buffered: 'BUFFERED', stream: 'STREAM' } as const;

/** The integration types AWS streams; any other type with `STREAM` is refused at synth. */
export const STREAMABLE_INTEGRATION_TYPES: readonly string[] = ['HTTP_PROXY', 'AWS_PROXY'];

/** The streaming route every service answers (`GET /<svc>/export`, NDJSON): the service kit's segment. */
export const STREAMING_ROUTE_SEGMENT = EXPORT_SEGMENT;

/** The proxy integration's `{proxy}` set to the export segment: the same backend URI as the `{proxy+}` method. */
const PROXY_PATH = 'Integration.RequestParameters.integration\\.request\\.path\\.proxy';

/** The integration type a method was rendered with. */
function integrationType(method: apigw.Method): string {
  const cfn = method.node.defaultChild as apigw.CfnMethod;
  return (cfn.integration as apigw.CfnMethod.IntegrationProperty | undefined)?.type ?? 'none';
}

/**
 * Points a method made with the service's `{proxy+}` integration at the export path: `{proxy}` is the
 * literal export segment (the method has no path parameter to map).
 */
export function exportPathIntegration(method: apigw.Method): void {
  if (integrationType(method) !== 'HTTP_PROXY') return;
  (method.node.defaultChild as apigw.CfnMethod).addPropertyOverride(
    PROXY_PATH,
    `'${STREAMING_ROUTE_SEGMENT}'`,
  );
}

/**
 * Turns a method made with the service's `{proxy+}` integration into the streaming export: the export path
 * and `ResponseTransferMode: STREAM`. Only proxy integrations may stream (AWS's rule above); anything else
 * is an error here, not at deploy time.
 */
export function streamExportIntegration(method: apigw.Method): void {
  const type = integrationType(method);
  if (!STREAMABLE_INTEGRATION_TYPES.includes(type)) {
    throw new Error(
      `${method.node.path}: ResponseTransferMode STREAM needs an HTTP_PROXY or AWS_PROXY integration, not ${type}`,
    );
  }
  exportPathIntegration(method);
  (method.node.defaultChild as apigw.CfnMethod).addPropertyOverride(
    'Integration.ResponseTransferMode',
    RESPONSE_TRANSFER_MODE.stream,
  );
}

/** A service's own throttle on its export method too (a stage method setting, as for its other methods). */
export function addThrottleMethodSetting(
  stage: apigw.Stage,
  resourcePath: string,
  httpMethod: string,
  throttle: Throttle,
): void {
  const cfn = stage.node.defaultChild as apigw.CfnStage;
  const settings = cfn.methodSettings;
  if (!Array.isArray(settings)) throw new Error('stage method settings are not a list');
  const stageWide = settings.find((s) => (s as apigw.CfnStage.MethodSettingProperty).resourcePath === '/*');
  cfn.methodSettings = [
    ...settings,
    {
      ...(stageWide as apigw.CfnStage.MethodSettingProperty | undefined),
      resourcePath: `/${resourcePath.replace(/\//g, '~1')}`,
      httpMethod,
      throttlingRateLimit: throttle.rateLimit,
      throttlingBurstLimit: throttle.burstLimit,
    },
  ];
}
