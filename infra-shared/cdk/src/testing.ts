/**
 * Test support: a throwaway repository root with placeholder service bundles, so construct tests synthesize
 * without building the services. Never used by the app itself.
 */
import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { BUNDLE_PATHS, SERVICE_NAMES, WRITE_CONSUMER_BUNDLE } from '@pik/service-kit/catalogue';
import { Template } from 'aws-cdk-lib/assertions';
import { App, type Stack } from 'aws-cdk-lib/core';
import { AwsSolutionsChecks, ServerlessChecks } from 'cdk-nag';
import type { Construct } from 'constructs';
import type { PikPatternStackProps } from './pattern-stack.js';

export function createFixtureRepo(): string {
  const root = mkdtempSync(join(tmpdir(), 'pik-cdk-fixture-'));
  writeFileSync(join(root, 'package.json'), JSON.stringify({ name: 'pik', private: true }));
  for (const name of SERVICE_NAMES) {
    const dir = join(root, 'services', name);
    mkdirSync(join(dir, BUNDLE_PATHS.lambdaDir), { recursive: true });
    writeFileSync(
      join(dir, BUNDLE_PATHS.lambdaDir, 'index.mjs'),
      `export const handler = async () => ({ statusCode: 200, body: '${name}' });\n`,
    );
    mkdirSync(join(dir, 'dist', 'server'), { recursive: true });
    writeFileSync(join(dir, BUNDLE_PATHS.serverEntry), `console.log('${name}');\n`);
    writeFileSync(
      join(dir, 'Dockerfile'),
      `FROM public.ecr.aws/docker/library/node:22-slim\nCOPY dist/server /app\nCMD ["node", "/app/index.mjs"]\n`,
    );
  }
  mkdirSync(join(root, WRITE_CONSUMER_BUNDLE.dir), { recursive: true });
  writeFileSync(
    join(root, WRITE_CONSUMER_BUNDLE.dir, 'index.mjs'),
    'export const handler = async () => ({});\n',
  );
  return root;
}

/** A pattern stack class: every pattern's stack is built as `new XStack(scope, props)`. */
export type PatternStackClass<S extends Stack> = new (scope: Construct, props: PikPatternStackProps) => S;

/** One synthesized pattern stack, with its template for assertions and as plain JSON. */
export interface SynthesizedPattern<S extends Stack> {
  readonly stack: S;
  readonly template: Template;
  readonly json: TemplateJson;
}

/**
 * The `synth(props)` of a pattern's tests: each call builds the stack in a fresh App against one fixture
 * repository (created here, shared by the calls) and synthesizes it.
 */
export function patternSynthesizer<S extends Stack>(
  StackClass: PatternStackClass<S>,
): (props?: PikPatternStackProps) => SynthesizedPattern<S> {
  const repoRoot = createFixtureRepo();
  return (props = {}) => {
    const stack = new StackClass(new App(), { repoRoot, ...props });
    const template = Template.fromStack(stack);
    return { stack, template, json: template.toJSON() as TemplateJson };
  };
}

/** Unacknowledged cdk-nag findings (AwsSolutions and Serverless packs) under `scope`, one line each. */
export function nagFindings(scope: Stack): string[] {
  const findings: string[] = [];
  for (const pack of [new AwsSolutionsChecks(), new ServerlessChecks()]) {
    const report = pack.validateScope(scope);
    for (const v of report.violations) {
      for (const r of v.violatingResources)
        findings.push(`${v.ruleName} ${r.resourceLogicalId}: ${v.description}`);
    }
  }
  return findings;
}

type Json = Record<string, unknown>;
export interface TemplateJson {
  Resources: Record<string, TemplateResource>;
}

/**
 * Security problems in a synthesized template: internet-facing load balancers, ingress rules that are
 * not from a security group onto a listener/target port, and IAM statements with wildcard actions.
 * `allowedPorts` lists the listener and container ports of the pattern.
 */
export function securityProblems(template: TemplateJson, allowedPorts: readonly number[]): string[] {
  const problems: string[] = [];
  for (const [id, r] of Object.entries(template.Resources)) {
    const p: Json = r.Properties ?? {};
    if (r.Type === 'AWS::ElasticLoadBalancingV2::LoadBalancer' && p.Scheme !== 'internal') {
      problems.push(`${id}: load balancer is not internal`);
    }
    const ingress: Json[] =
      r.Type === 'AWS::EC2::SecurityGroupIngress'
        ? [p]
        : r.Type === 'AWS::EC2::SecurityGroup'
          ? ((p.SecurityGroupIngress as Json[] | undefined) ?? [])
          : [];
    for (const rule of ingress) {
      const isEndpointRule =
        rule.CidrIp !== undefined && rule.FromPort === 443 && rule.CidrIp !== '0.0.0.0/0';
      if (isEndpointRule) continue;
      if (rule.SourceSecurityGroupId === undefined)
        problems.push(`${id}: ingress from ${String(rule.CidrIp ?? rule.CidrIpv6)}`);
      if (rule.FromPort !== rule.ToPort || !allowedPorts.includes(rule.FromPort as number)) {
        problems.push(`${id}: ingress on ${String(rule.FromPort)}-${String(rule.ToPort)}`);
      }
    }
    if (r.Type === 'AWS::IAM::Policy' || r.Type === 'AWS::IAM::Role') {
      const docs: Json[] =
        r.Type === 'AWS::IAM::Policy'
          ? [p.PolicyDocument as Json]
          : ((p.Policies as Json[] | undefined) ?? []).map((x) => x.PolicyDocument as Json);
      for (const doc of docs) {
        for (const st of (doc?.Statement as Json[] | undefined) ?? []) {
          const actions = ([] as unknown[]).concat(st.Action ?? []);
          for (const a of actions) {
            if (typeof a === 'string' && a.includes('*')) problems.push(`${id}: wildcard action ${a}`);
          }
        }
      }
    }
  }
  return problems;
}

export interface TemplateResource {
  readonly Type: string;
  /** Typed as present: resources of the types the tests inspect always carry Properties. */
  readonly Properties: Json;
  readonly Metadata?: Json;
  readonly DependsOn?: string | string[];
}

/** Resources of one type, by logical id. */
export function resourcesOfType(template: TemplateJson, type: string): Record<string, TemplateResource> {
  return Object.fromEntries(Object.entries(template.Resources).filter(([, r]) => r.Type === type));
}

/** The `pik:service` metadata of a resource, or undefined. */
export function serviceOf(resource: TemplateResource): string | undefined {
  return resource.Metadata?.['pik:service'] as string | undefined;
}

/** Logical id of the resource of `type` marked with `service`; throws unless there is exactly one. */
export function logicalIdFor(template: TemplateJson, type: string, service: string): string {
  const ids = Object.entries(resourcesOfType(template, type))
    .filter(([, r]) => serviceOf(r) === service)
    .map(([id]) => id);
  if (ids.length !== 1) throw new Error(`expected one ${type} for ${service}, found ${ids.length}`);
  return ids[0] as string;
}

/**
 * The actions a function's execution role is allowed with the given prefix (`dynamodb:`), sorted and
 * deduplicated, from every inline policy attached to that role.
 */
export function roleActionsOf(template: TemplateJson, functionId: string, prefix: string): string[] {
  const fn = template.Resources[functionId];
  const role = ((fn?.Properties.Role as Json | undefined)?.['Fn::GetAtt'] as string[] | undefined)?.[0];
  if (!role) throw new Error(`${functionId}: not a function with a role of this template`);
  const actions = Object.values(resourcesOfType(template, 'AWS::IAM::Policy'))
    .filter((p) => ((p.Properties.Roles as Json[] | undefined) ?? []).some((r) => r.Ref === role))
    .flatMap((p) => ((p.Properties.PolicyDocument as Json).Statement as Json[]) ?? [])
    .flatMap((st) => ([] as unknown[]).concat(st.Action ?? []))
    .filter((a): a is string => typeof a === 'string' && a.startsWith(prefix));
  return [...new Set(actions)].sort();
}

/**
 * cfn-lint's error lines (`:E####:`) for the templates, or undefined when cfn-lint is not on PATH (a warning
 * on a developer's machine; under CI a missing cfn-lint throws, so CI cannot pass by skipping).
 */
export function cfnLintErrors(files: readonly string[]): string[] | undefined {
  const probe = spawnSync('cfn-lint', ['--version'], { encoding: 'utf8' });
  if (probe.error || probe.status !== 0) {
    if (process.env.CI) throw new Error('cfn-lint is required in CI (bash .ci/install-cfn-lint.sh)');
    console.warn('skipping cfn-lint check: cfn-lint is not on PATH (bash .ci/install-cfn-lint.sh)');
    return undefined;
  }
  const run = spawnSync('cfn-lint', ['--format', 'parseable', ...files], { encoding: 'utf8' });
  const errors = run.stdout.split('\n').filter((line) => /:E\d{4}:/.test(line));
  // cfn-lint's exit code has bit 2 set when it found errors (4 warnings, 8 informational).
  if (errors.length === 0 && ((run.status ?? 0) & 2) !== 0) errors.push(run.stdout + run.stderr);
  return errors;
}
