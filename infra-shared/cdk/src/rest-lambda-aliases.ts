// biome-ignore-all lint/suspicious/noTemplateCurlyInString: stage variable references are API Gateway's ${} syntax
/**
 * Lambda aliases as stage variables (REST APIs with `stages`): each service function publishes one version
 * and one alias per stage, named after the stage, and its Lambda proxy integrations invoke
 * `...:function:<name>:${stageVariables.<svc>Alias}`; every stage sets `<svc>Alias` to its own alias, and a
 * stage's `variables` or its canary's may name another stage's alias instead. API Gateway resolves the
 * variable per request (developer guide, "API Gateway stage variables reference for REST APIs": a stage
 * variable in place of a Lambda function's alias). A permission on the unqualified function does not let
 * API Gateway invoke an alias: the scope of a resource-based permission is the alias, version or whole
 * function it is applied to (Lambda developer guide, "Using Lambda aliases in event sources and permissions
 * policies", using-aliases.html), so each alias gets its own `AWS::Lambda::Permission`.
 */
import { pascalName } from '@pik/contracts';
import * as apigw from 'aws-cdk-lib/aws-apigateway';
import * as iam from 'aws-cdk-lib/aws-iam';
import * as lambda from 'aws-cdk-lib/aws-lambda';
import { Aws } from 'aws-cdk-lib/core';
import { Construct } from 'constructs';
import { aliasVariable, type RestStageSpec } from './rest-stages.js';

export { aliasVariable } from './rest-stages.js';

/** Alias names Lambda accepts: letters, digits, `-`, `_`, not only digits (those are versions). */
const ALIAS_NAME = /^(?!\d+$)[A-Za-z0-9_-]{1,128}$/;

/**
 * The Lambda proxy URI of a (qualified) function ARN: Invoke (`2015-03-31/.../invocations`), or with
 * `streaming` InvokeWithResponseStream (`2021-11-15/.../response-streaming-invocations`, API Gateway
 * developer guide, response-transfer-mode-lambda).
 */
export function lambdaInvocationUri(functionArn: string, streaming = false): string {
  const action = streaming
    ? '2021-11-15/functions/{arn}/response-streaming-invocations'
    : '2015-03-31/functions/{arn}/invocations';
  return `arn:${Aws.PARTITION}:apigateway:${Aws.REGION}:lambda:path/${action.replace('{arn}', functionArn)}`;
}

/** A function's ARN qualified by the alias a stage variable names. */
export function aliasQualifiedArn(fn: lambda.IFunction, variable: string): string {
  return `${fn.functionArn}:\${stageVariables.${variable}}`;
}

export interface StageAliasesProps {
  readonly fn: lambda.Function;
  readonly service: string;
  /** The API's stage names; one alias each. */
  readonly stageNames: readonly string[];
  /** The API the aliases admit (any stage, method and path of it: a canary may name another stage's alias). */
  readonly api: apigw.IRestApi;
}

/** One version of a service function and one alias per stage on it, each invocable by the API. */
export class StageAliases extends Construct {
  readonly version: lambda.IVersion;
  readonly aliases: ReadonlyMap<string, lambda.Alias>;
  readonly variable: string;

  constructor(scope: Construct, id: string, props: StageAliasesProps) {
    super(scope, id);
    this.variable = aliasVariable(props.service);
    // `currentVersion` publishes a new version whenever the function's code or configuration changes.
    this.version = props.fn.currentVersion;
    const aliases = new Map<string, lambda.Alias>();
    for (const stage of props.stageNames) {
      const alias = new lambda.Alias(this, `Alias${pascalName(stage)}`, {
        aliasName: stage,
        version: this.version,
        description: `pik service ${props.service}, API stage ${stage}`,
      });
      alias.addPermission('ApiGatewayInvoke', {
        principal: new iam.ServicePrincipal('apigateway.amazonaws.com'),
        sourceArn: props.api.arnForExecuteApi(),
      });
      aliases.set(stage, alias);
    }
    this.aliases = aliases;
  }

  /** A Lambda proxy integration invoking the alias the stage variable names (for a stream: `streaming`). */
  integration(streaming = false): apigw.Integration {
    return lambdaProxyIntegration(
      lambdaInvocationUri(aliasQualifiedArn(this.version.lambda, this.variable), streaming),
    );
  }
}

/** An `AWS_PROXY` integration with the given invocation URI (Lambda is always called with POST). */
export function lambdaProxyIntegration(uri: string): apigw.Integration {
  return new apigw.Integration({ type: apigw.IntegrationType.AWS_PROXY, integrationHttpMethod: 'POST', uri });
}

/**
 * Throws, naming the stage and field, when a stage name cannot be an alias name, or when a stage's or
 * canary's `<svc>Alias` variable names an alias the kit does not publish (API Gateway would answer 500 on
 * every request of that stage). `aliasNames`: every stage of the API (`v1` is one even when not listed).
 */
export function validateAliasStages(
  where: string,
  stages: readonly RestStageSpec[],
  services: readonly string[],
  aliasNames: readonly string[] = stages.map((s) => s.name),
): void {
  const names = aliasNames;
  for (const [i, stage] of stages.entries()) {
    if (!ALIAS_NAME.test(stage.name)) {
      throw new Error(
        `${where} stages[${i}].name: '${stage.name}' cannot name a Lambda alias (digits only are version numbers)`,
      );
    }
    const scopes = [
      ['variables', stage.variables],
      ['canary.variables', stage.canary?.variables],
    ] as const;
    for (const [field, variables] of scopes) {
      for (const service of services) {
        const value = variables?.[aliasVariable(service)];
        if (value !== undefined && !names.includes(value)) {
          throw new Error(
            `${where} stages[${i}].${field}.${aliasVariable(service)}: '${value}' names no alias; the aliases are the stages: ${names.join(', ')}`,
          );
        }
      }
    }
  }
}
