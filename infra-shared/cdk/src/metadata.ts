import { CfnResource } from 'aws-cdk-lib/core';
import type { IConstruct } from 'constructs';

/** Resource-level Metadata key naming the service a resource belongs to (see docs/template-conventions.md). */
export const SERVICE_METADATA_KEY = 'pik:service';
/** Resource-level Metadata key naming the catalogue service whose code a function or task runs. */
export const BUNDLE_METADATA_KEY = 'pik:bundle';

/** Tags the CloudFormation resource behind `scope` (its default child, or itself) with the service name. */
export function markService(scope: IConstruct, service: string, bundle?: string): void {
  const resource = scope instanceof CfnResource ? scope : scope.node.defaultChild;
  if (!(resource instanceof CfnResource)) {
    throw new Error(`cannot mark ${scope.node.path} with its service: it has no CloudFormation resource`);
  }
  resource.addMetadata(SERVICE_METADATA_KEY, service);
  if (bundle !== undefined) resource.addMetadata(BUNDLE_METADATA_KEY, bundle);
}
