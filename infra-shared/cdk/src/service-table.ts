import { TABLE_DESIGN } from '@pik/service-kit/catalogue';
import * as dynamodb from 'aws-cdk-lib/aws-dynamodb';
import * as iam from 'aws-cdk-lib/aws-iam';
import type { RemovalPolicy } from 'aws-cdk-lib/core';
import { Construct } from 'constructs';
import { markService } from './metadata.js';

/** The item operations a service performs; no table management, no streams. */
const DATA_ACTIONS = [
  'dynamodb:GetItem',
  'dynamodb:PutItem',
  'dynamodb:UpdateItem',
  'dynamodb:DeleteItem',
  'dynamodb:Query',
  'dynamodb:ConditionCheckItem',
  'dynamodb:BatchGetItem',
  'dynamodb:BatchWriteItem',
];

/** The item reads alone: for a function that only answers GETs from the table. */
const READ_ACTIONS = ['dynamodb:GetItem', 'dynamodb:Query', 'dynamodb:BatchGetItem'];

/** What a function may do with a service table's items. */
export type TableAccess = 'read-write' | 'read';

/** A service's own table, keyed as TABLE_DESIGN says: encrypted, point-in-time recovery on, TTL on. */
export class ServiceTable extends Construct {
  readonly table: dynamodb.Table;

  constructor(
    scope: Construct,
    id: string,
    props: { readonly service: string; readonly removalPolicy: RemovalPolicy },
  ) {
    super(scope, id);
    this.table = new dynamodb.Table(this, 'Table', {
      partitionKey: { name: TABLE_DESIGN.partitionKey, type: dynamodb.AttributeType.STRING },
      billingMode: dynamodb.BillingMode.PAY_PER_REQUEST,
      encryption: dynamodb.TableEncryption.AWS_MANAGED,
      pointInTimeRecoverySpecification: { pointInTimeRecoveryEnabled: true },
      timeToLiveAttribute: TABLE_DESIGN.ttlAttribute,
      removalPolicy: props.removalPolicy,
    });
    this.table.addGlobalSecondaryIndex({
      indexName: TABLE_DESIGN.listIndex.name,
      partitionKey: { name: TABLE_DESIGN.listIndex.partitionKey, type: dynamodb.AttributeType.STRING },
      sortKey: { name: TABLE_DESIGN.listIndex.sortKey, type: dynamodb.AttributeType.STRING },
    });
    markService(this.table, props.service);
  }

  /** Item reads (and writes, unless `access` is `read`) on this table and its list index, named exactly. */
  grantData(grantee: iam.IGrantable, access: TableAccess = 'read-write'): void {
    grantee.grantPrincipal.addToPrincipalPolicy(
      new iam.PolicyStatement({
        actions: access === 'read' ? READ_ACTIONS : DATA_ACTIONS,
        resources: [this.table.tableArn, `${this.table.tableArn}/index/${TABLE_DESIGN.listIndex.name}`],
      }),
    );
  }
}
