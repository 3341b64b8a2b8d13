import {
  DescribeServicesCommand,
  DescribeTaskDefinitionCommand,
  type ECSClient,
  ListClustersCommand,
  ListServicesCommand,
  ListTasksCommand,
  StopTaskCommand,
  waitUntilServicesStable,
} from '@aws-sdk/client-ecs';
import {
  DeleteFunctionConcurrencyCommand,
  GetFunctionConcurrencyCommand,
  type LambdaClient,
  PutFunctionConcurrencyCommand,
} from '@aws-sdk/client-lambda';
import type { TargetPattern, TargetService } from '@pik/contracts';
import type { TargetKiller } from '../failover/run-failover.js';

/** The reason StopTask records on the stopped task (visible in the console and DescribeTasks). */
export const STOP_REASON = 'pik bench failover scenario';

interface EcsServiceRef {
  readonly cluster: string;
  readonly service: string;
}

/**
 * The ECS service of a kit service, found by its log group: the targets file names each service's log
 * group (a stack output), and the service's task definition sends its container logs there (awslogs).
 */
export async function findEcsService(ecs: ECSClient, logGroup: string): Promise<EcsServiceRef | undefined> {
  let clusterToken: string | undefined;
  do {
    const clusters = await ecs.send(new ListClustersCommand({ nextToken: clusterToken }));
    for (const cluster of clusters.clusterArns ?? []) {
      const found = await findInCluster(ecs, cluster, logGroup);
      if (found) return found;
    }
    clusterToken = clusters.nextToken;
  } while (clusterToken);
  return undefined;
}

async function findInCluster(
  ecs: ECSClient,
  cluster: string,
  logGroup: string,
): Promise<EcsServiceRef | undefined> {
  let token: string | undefined;
  do {
    const page = await ecs.send(new ListServicesCommand({ cluster, nextToken: token }));
    const arns = page.serviceArns ?? [];
    // DescribeServices takes at most 10 services per call.
    for (let i = 0; i < arns.length; i += 10) {
      const described = await ecs.send(
        new DescribeServicesCommand({ cluster, services: arns.slice(i, i + 10) }),
      );
      for (const service of described.services ?? []) {
        if (!service.taskDefinition || !service.serviceArn) continue;
        const definition = await ecs.send(
          new DescribeTaskDefinitionCommand({ taskDefinition: service.taskDefinition }),
        );
        const logsTo = definition.taskDefinition?.containerDefinitions?.some(
          (c) => c.logConfiguration?.options?.['awslogs-group'] === logGroup,
        );
        if (logsTo) return { cluster, service: service.serviceArn };
      }
    }
    token = page.nextToken;
  } while (token);
  return undefined;
}

/**
 * The failover scenario on AWS: a Fargate service loses one running task to ECS StopTask (ECS starts a
 * replacement; `restore` waits until the service is stable again), a Lambda service gets a reserved
 * concurrency of 0 (every invocation throttled) and its previous setting back on `restore`.
 */
export function awsTargetKiller(
  clients: { readonly ecs: ECSClient; readonly lambda: LambdaClient },
  options: { readonly maxWaitSec?: number } = {},
): TargetKiller {
  const previous = new Map<string, number | undefined>();
  const services = new Map<string, EcsServiceRef>();
  const ecsServiceOf = async (pattern: TargetPattern, service: TargetService) => {
    const key = `${pattern.id}/${service.name}`;
    const known = services.get(key);
    if (known) return known;
    if (!service.logGroup)
      throw new Error(`${key}: the targets file names no log group to find its ECS service by`);
    const found = await findEcsService(clients.ecs, service.logGroup);
    if (!found) throw new Error(`${key}: no ECS service sends its logs to ${service.logGroup}`);
    services.set(key, found);
    return found;
  };
  return {
    async kill(pattern, service) {
      if (service.compute === 'lambda') {
        const FunctionName = lambdaName(pattern, service);
        const current = await clients.lambda.send(new GetFunctionConcurrencyCommand({ FunctionName }));
        previous.set(FunctionName, current.ReservedConcurrentExecutions);
        await clients.lambda.send(
          new PutFunctionConcurrencyCommand({ FunctionName, ReservedConcurrentExecutions: 0 }),
        );
        return { description: `${service.name}: reserved concurrency 0`, targetsBefore: null };
      }
      const ref = await ecsServiceOf(pattern, service);
      const running = await clients.ecs.send(
        new ListTasksCommand({ cluster: ref.cluster, serviceName: ref.service, desiredStatus: 'RUNNING' }),
      );
      const tasks = running.taskArns ?? [];
      const task = tasks[0];
      if (!task) throw new Error(`${pattern.id}/${service.name}: no running task to stop`);
      await clients.ecs.send(new StopTaskCommand({ cluster: ref.cluster, task, reason: STOP_REASON }));
      return {
        description: `${service.name}: task ${task.split('/').pop()} of ${tasks.length} stopped`,
        targetsBefore: tasks.length,
      };
    },
    async restore(pattern, service) {
      if (service.compute === 'lambda') {
        const FunctionName = lambdaName(pattern, service);
        const before = previous.get(FunctionName);
        if (before === undefined)
          await clients.lambda.send(new DeleteFunctionConcurrencyCommand({ FunctionName }));
        else
          await clients.lambda.send(
            new PutFunctionConcurrencyCommand({ FunctionName, ReservedConcurrentExecutions: before }),
          );
        return;
      }
      const ref = await ecsServiceOf(pattern, service);
      const outcome = await waitUntilServicesStable(
        { client: clients.ecs, maxWaitTime: options.maxWaitSec ?? 600, minDelay: 5, maxDelay: 15 },
        { cluster: ref.cluster, services: [ref.service] },
      );
      if (outcome.state !== 'SUCCESS')
        throw new Error(`${pattern.id}/${service.name}: ECS service not stable again (${outcome.state})`);
    },
  };
}

function lambdaName(pattern: TargetPattern, service: TargetService): string {
  if (!service.functionName)
    throw new Error(`${pattern.id}/${service.name}: the targets file names no function`);
  return service.functionName;
}
