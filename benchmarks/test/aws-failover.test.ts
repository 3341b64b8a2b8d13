import {
  DescribeServicesCommand,
  DescribeTaskDefinitionCommand,
  ECSClient,
  ListClustersCommand,
  ListServicesCommand,
  ListTasksCommand,
  StopTaskCommand,
} from '@aws-sdk/client-ecs';
import {
  DeleteFunctionConcurrencyCommand,
  GetFunctionConcurrencyCommand,
  LambdaClient,
  PutFunctionConcurrencyCommand,
} from '@aws-sdk/client-lambda';
import { mockClient } from 'aws-sdk-client-mock';
import { beforeEach, describe, expect, it } from 'vitest';
import { awsTargetKiller, STOP_REASON } from '../src/aws/failover-targets.js';
import { targetPattern } from './support/targets.js';

const ecs = mockClient(ECSClient);
const lambda = mockClient(LambdaClient);
const clients = {
  ecs: new ECSClient({ region: 'eu-west-1' }),
  lambda: new LambdaClient({ region: 'eu-west-1' }),
};
const CLUSTER = 'arn:aws:ecs:eu-west-1:111122223333:cluster/pik-nlb';
const SERVICE = 'arn:aws:ecs:eu-west-1:111122223333:service/pik-nlb/orders';
const pattern = targetPattern({
  services: [
    {
      name: 'catalog',
      path: '/catalog',
      compute: 'lambda',
      functionName: 'pik-catalog',
      logGroup: '/aws/lambda/pik-catalog',
    },
    { name: 'orders', path: '/orders', compute: 'fargate', logGroup: 'pik-nlb-orders-logs' },
  ],
});
const [catalog, orders] = pattern.services as [(typeof pattern.services)[0], (typeof pattern.services)[0]];

describe('failover on AWS (mocked SDK clients)', () => {
  beforeEach(() => {
    ecs.reset();
    lambda.reset();
  });

  it('Fargate: finds the ECS service by its log group and stops one running task with StopTask', async () => {
    ecs.on(ListClustersCommand).resolves({ clusterArns: [CLUSTER] });
    ecs.on(ListServicesCommand).resolves({ serviceArns: [`${SERVICE}-other`, SERVICE] });
    ecs.on(DescribeServicesCommand).resolves({
      services: [
        { serviceArn: `${SERVICE}-other`, taskDefinition: 'other:1' },
        { serviceArn: SERVICE, taskDefinition: 'orders:3' },
      ],
    });
    ecs.on(DescribeTaskDefinitionCommand, { taskDefinition: 'other:1' }).resolves({
      taskDefinition: {
        containerDefinitions: [
          { logConfiguration: { logDriver: 'awslogs', options: { 'awslogs-group': 'elsewhere' } } },
        ],
      },
    });
    ecs.on(DescribeTaskDefinitionCommand, { taskDefinition: 'orders:3' }).resolves({
      taskDefinition: {
        containerDefinitions: [
          { logConfiguration: { logDriver: 'awslogs', options: { 'awslogs-group': 'pik-nlb-orders-logs' } } },
        ],
      },
    });
    ecs.on(ListTasksCommand).resolves({ taskArns: [`${CLUSTER}/task/aaa111`, `${CLUSTER}/task/bbb222`] });
    ecs.on(StopTaskCommand).resolves({});

    const killed = await awsTargetKiller(clients).kill(pattern, orders);
    expect(killed).toEqual({ description: 'orders: task aaa111 of 2 stopped', targetsBefore: 2 });
    expect(ecs.commandCalls(ListTasksCommand)[0]?.args[0].input).toEqual({
      cluster: CLUSTER,
      serviceName: SERVICE,
      desiredStatus: 'RUNNING',
    });
    expect(ecs.commandCalls(StopTaskCommand).map((c) => c.args[0].input)).toEqual([
      { cluster: CLUSTER, task: `${CLUSTER}/task/aaa111`, reason: STOP_REASON },
    ]);
  });

  it('Fargate: a service whose logs go nowhere the targets file names is an error naming the log group', async () => {
    ecs.on(ListClustersCommand).resolves({ clusterArns: [CLUSTER] });
    ecs.on(ListServicesCommand).resolves({ serviceArns: [] });
    await expect(awsTargetKiller(clients).kill(pattern, orders)).rejects.toThrow(/pik-nlb-orders-logs/);
    expect(ecs.commandCalls(StopTaskCommand)).toEqual([]);
  });

  it('Lambda: reserved concurrency 0, then the previous setting back (none: DeleteFunctionConcurrency)', async () => {
    lambda.on(GetFunctionConcurrencyCommand).resolves({});
    lambda.on(PutFunctionConcurrencyCommand).resolves({ ReservedConcurrentExecutions: 0 });
    lambda.on(DeleteFunctionConcurrencyCommand).resolves({});
    const killer = awsTargetKiller(clients);
    expect(await killer.kill(pattern, catalog)).toEqual({
      description: 'catalog: reserved concurrency 0',
      targetsBefore: null,
    });
    expect(lambda.commandCalls(PutFunctionConcurrencyCommand)[0]?.args[0].input).toEqual({
      FunctionName: 'pik-catalog',
      ReservedConcurrentExecutions: 0,
    });
    await killer.restore(pattern, catalog);
    expect(lambda.commandCalls(DeleteFunctionConcurrencyCommand)[0]?.args[0].input).toEqual({
      FunctionName: 'pik-catalog',
    });
  });

  it('Lambda: a function that had reserved concurrency gets that value back', async () => {
    lambda.on(GetFunctionConcurrencyCommand).resolves({ ReservedConcurrentExecutions: 25 });
    lambda.on(PutFunctionConcurrencyCommand).resolves({});
    const killer = awsTargetKiller(clients);
    await killer.kill(pattern, catalog);
    await killer.restore(pattern, catalog);
    expect(lambda.commandCalls(PutFunctionConcurrencyCommand).map((c) => c.args[0].input)).toEqual([
      { FunctionName: 'pik-catalog', ReservedConcurrentExecutions: 0 },
      { FunctionName: 'pik-catalog', ReservedConcurrentExecutions: 25 },
    ]);
    expect(lambda.commandCalls(DeleteFunctionConcurrencyCommand)).toEqual([]);
  });
});
