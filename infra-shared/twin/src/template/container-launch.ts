/**
 * Decides how each ECS service of a stack runs on the host. The kit's services run their server bundle
 * (unchanged). Other image assets are read from their Dockerfile: built `FROM node`, the image's
 * ENTRYPOINT/CMD runs with the host's node in the staged build folder; any other image is refused by name
 * unless `--container <service logical id>=<command>` names a local command to run in its place.
 *
 * Ports: the task definition's container port (load balancer mapping, else port mapping); the Dockerfile's
 * first EXPOSE when the template gives none.
 *
 * WORKDIR mapping: the staged build folder stands for the image's final WORKDIR (the usual
 * `WORKDIR /app` + `COPY . .`); absolute arguments below WORKDIR are rewritten into the staged folder.
 * RUN steps never run (they would need the network and Docker's filesystem): a dependency install step
 * (`npm ci`, `npm install`, `yarn`, `pnpm install`) is refused when the staged folder has a package.json
 * but no node_modules, with the command to run there first; other RUN steps are skipped, and the start-up
 * listing names them.
 */
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { BUNDLE_PATHS } from '@pik/service-kit/catalogue';
import { containerArgv, type DockerImageRecipe, isNodeImage, readDockerfile } from '../runtime/dockerfile.js';
import { num, type Props, str, type TemplateContext } from './context.js';
import type { ContainerServiceSpec, NotEmulated } from './topology.js';

/** `--container` values: ECS service logical id -> shell command. */
export type ContainerCommands = Readonly<Record<string, string>>;

export interface LaunchedContainers {
  readonly services: ContainerServiceSpec[];
  /** Services the twin does not run, each with the reason and what to do about it. */
  readonly refused: NotEmulated[];
}

const INSTALL_STEP = /\b(?:npm\s+(?:ci|install|i)\b|yarn(?:\s+install)?\b|pnpm\s+(?:install|i)\b)/;

const overrideHint = (id: string) => `pass --container ${id}=<command> to run a local command in its place`;

function commandLaunch(spec: Omit<ContainerServiceSpec, 'launch'>, command: string): ContainerServiceSpec {
  return {
    ...spec,
    launch: { argv: ['/bin/sh', '-c', command], cwd: process.cwd(), env: spec.environment, source: command },
  };
}

/** Whether the template gives the service's container a port (load balancer mapping or port mapping). */
function templateDeclaresPort(ctx: TemplateContext, spec: ContainerServiceSpec): boolean {
  const p = ctx.props(spec.id);
  const loadBalancers = (Array.isArray(p.LoadBalancers) ? p.LoadBalancers : []) as Props[];
  if (loadBalancers.some((lb) => lb.ContainerPort !== undefined)) return true;
  const taskDefinitionId = ctx.referencedId(p.TaskDefinition, 'AWS::ECS::TaskDefinition');
  const containers = (
    taskDefinitionId ? (ctx.props(taskDefinitionId).ContainerDefinitions ?? []) : []
  ) as Props[];
  const container = containers.find((c) => c.Name === spec.containerName);
  return ((container?.PortMappings ?? []) as Props[]).length > 0;
}

function dockerfileLaunch(
  ctx: TemplateContext,
  spec: ContainerServiceSpec,
  recipe: DockerImageRecipe,
): ContainerServiceSpec | string {
  const argv = containerArgv(recipe);
  if (!argv) return `the Dockerfile in ${spec.imageDir} has no CMD or ENTRYPOINT`;
  const install = recipe.runSteps.find((step) => INSTALL_STEP.test(step));
  if (
    install &&
    existsSync(join(spec.imageDir, 'package.json')) &&
    !existsSync(join(spec.imageDir, 'node_modules'))
  ) {
    return `its Dockerfile installs dependencies (RUN ${install}) and the staged folder has no node_modules: run \`npm ci\` in the app's image folder and synthesize again`;
  }
  const below = `${recipe.workdir.replace(/\/$/, '')}/`;
  const mapped = argv.map((arg) =>
    recipe.workdir !== '/' && arg.startsWith(below) ? join(spec.imageDir, arg.slice(below.length)) : arg,
  );
  // The task definition's port wins; the image's first EXPOSE stands in when the template gives none.
  const exposed = recipe.exposedPorts[0];
  const containerPort =
    exposed !== undefined && !templateDeclaresPort(ctx, spec) ? exposed : spec.containerPort;
  return {
    ...spec,
    containerPort,
    launch: {
      argv: mapped,
      cwd: spec.imageDir,
      env: { ...recipe.env, ...spec.environment },
      source:
        `Dockerfile FROM ${recipe.baseImage}, run on the host's node ${process.version}` +
        (recipe.runSteps.length ? ` (RUN steps skipped: ${recipe.runSteps.join('; ')})` : ''),
    },
  };
}

/** One asset-image service: the kit's bundle, a Node Dockerfile, a `--container` command, or a refusal. */
function launchAsset(
  ctx: TemplateContext,
  spec: ContainerServiceSpec,
  commands: ContainerCommands,
): ContainerServiceSpec | string {
  const command = commands[spec.id];
  if (command !== undefined) return commandLaunch(spec, command);
  if (existsSync(join(spec.imageDir, BUNDLE_PATHS.serverEntry))) return spec;
  const dockerfile = join(spec.imageDir, ctx.stack.assets.dockerfiles?.get(spec.imageDir) ?? 'Dockerfile');
  if (!existsSync(dockerfile)) return `no ${dockerfile} in the staged image folder; ${overrideHint(spec.id)}`;
  let recipe: DockerImageRecipe;
  try {
    recipe = readDockerfile(dockerfile);
  } catch (error) {
    return `${(error as Error).message}; ${overrideHint(spec.id)}`;
  }
  if (!isNodeImage(recipe.baseImage)) {
    return `image built FROM ${recipe.baseImage}: only Node.js images (FROM node) run on the host; ${overrideHint(spec.id)}`;
  }
  return dockerfileLaunch(ctx, spec, recipe);
}

function registryService(ctx: TemplateContext, id: string, p: Props, commands: ContainerCommands) {
  const taskDefinitionId = ctx.referencedId(p.TaskDefinition, 'AWS::ECS::TaskDefinition');
  const containers = (
    taskDefinitionId ? (ctx.props(taskDefinitionId).ContainerDefinitions ?? []) : []
  ) as Props[];
  const loadBalancers = (Array.isArray(p.LoadBalancers) ? p.LoadBalancers : []) as Props[];
  const container = containers.find((c) => c.Name === str(loadBalancers[0]?.ContainerName)) ?? containers[0];
  const image = typeof container?.Image === 'string' ? container.Image : JSON.stringify(container?.Image);
  if (taskDefinitionId) ctx.consumed.add(taskDefinitionId);
  ctx.consumed.add(id);
  const command = commands[id];
  if (command === undefined)
    return `image '${image}' is not built from the app's sources and cannot run here; ${overrideHint(id)}`;
  const environment: Record<string, string> = {};
  for (const e of (container?.Environment ?? []) as Props[]) {
    if (typeof e.Name === 'string' && e.Value !== undefined) environment[e.Name] = String(e.Value);
  }
  const mapping = ((container?.PortMappings ?? []) as Props[])[0];
  return commandLaunch(
    {
      id,
      desiredCount: num(p.DesiredCount, 1),
      containerName: str(container?.Name) ?? id,
      containerPort: num(loadBalancers[0]?.ContainerPort ?? mapping?.ContainerPort, 80),
      imageDir: process.cwd(),
      environment,
      serviceName: environment.SERVICE_NAME,
      targetGroupIds: loadBalancers
        .map((lb) => ctx.referencedId(lb.TargetGroupArn, 'AWS::ElasticLoadBalancingV2::TargetGroup'))
        .filter((x): x is string => !!x),
    },
    command,
  );
}

export function launchContainers(
  ctx: TemplateContext,
  assetServices: readonly ContainerServiceSpec[],
  commands: ContainerCommands,
): LaunchedContainers {
  const services: ContainerServiceSpec[] = [];
  const refused: NotEmulated[] = [];
  const refuse = (logicalId: string, reason: string) =>
    refused.push({ logicalId, type: 'AWS::ECS::Service', reason: `${logicalId} not run: ${reason}` });
  for (const spec of assetServices) {
    const launched = launchAsset(ctx, spec, commands);
    if (typeof launched === 'string') refuse(spec.id, launched);
    else services.push(launched);
  }
  const known = new Set(assetServices.map((s) => s.id));
  for (const [id, p] of ctx.ofType('AWS::ECS::Service')) {
    if (known.has(id)) continue;
    const launched = registryService(ctx, id, p, commands);
    if (typeof launched === 'string') refuse(id, launched);
    else services.push(launched);
  }
  return { services, refused };
}
