/**
 * The workload the cost figures assume when the caller does not say otherwise. Printed with every
 * answer, so a reader can redo the arithmetic with their own numbers.
 */
export interface WorkloadAssumptions {
  /** Availability Zones the load balancers, links and tasks span. */
  readonly availabilityZones: number;
  /** Lambda memory size, MB. */
  readonly lambdaMemoryMb: number;
  /** Average billed Lambda duration per request, ms. */
  readonly lambdaDurationMs: number;
  /** Request plus response bytes a load balancer processes per request. */
  readonly bytesPerRequest: number;
  /**
   * New backend connections per request. 1 = no connection reuse (upper bound: the share API Gateway
   * reuses is not documented).
   */
  readonly newConnectionsPerRequest: number;
  /** ALB listener rules evaluated per request. */
  readonly ruleEvaluationsPerRequest: number;
  /** Fargate tasks per service that always run (one per AZ). */
  readonly fargateTasksPerService: number;
  readonly fargateTaskVcpu: number;
  readonly fargateTaskMemoryGb: number;
  /**
   * Interface endpoints Fargate tasks in private subnets need instead of a NAT gateway
   * (ECR API, ECR Docker, CloudWatch Logs; S3 through the free gateway endpoint).
   */
  readonly interfaceEndpointsForFargate: number;
  /** Rules in the optional WAF web ACL. */
  readonly wafRules: number;
}

export const DEFAULT_ASSUMPTIONS: WorkloadAssumptions = {
  availabilityZones: 2,
  lambdaMemoryMb: 512,
  lambdaDurationMs: 100,
  bytesPerRequest: 4096,
  newConnectionsPerRequest: 1,
  ruleEvaluationsPerRequest: 1,
  fargateTasksPerService: 2,
  fargateTaskVcpu: 0.25,
  fargateTaskMemoryGb: 0.5,
  interfaceEndpointsForFargate: 3,
  wafRules: 5,
};
