import { acknowledge, PAGE_QUERY_PARAMETERS } from '@pik/cdk-constructs';
import type * as apigw from 'aws-cdk-lib/aws-apigateway';
import * as cloudfront from 'aws-cdk-lib/aws-cloudfront';
import * as origins from 'aws-cdk-lib/aws-cloudfront-origins';
import type * as s3 from 'aws-cdk-lib/aws-s3';
import { Duration } from 'aws-cdk-lib/core';
import { Construct } from 'constructs';
import { WRITES_SEGMENT } from './write-path.js';

/**
 * Headers the API needs from callers besides `Authorization` (which CloudFront forwards only as part of
 * a cache key): the body's type, the services' idempotency key and conditional headers.
 */
export const FORWARDED_HEADERS = ['Content-Type', 'Accept', 'Idempotency-Key', 'If-Match'] as const;

export interface EdgeDistributionProps {
  readonly api: apigw.RestApi;
  /** How long CloudFront keeps a GET answer (default and maximum TTL of the cache policy). */
  readonly cacheTtl: Duration;
  /** Custom headers CloudFront adds on the way to the API (the origin secret). */
  readonly originHeaders: Record<string, string>;
  /** ARN of a web ACL for CloudFront (created in us-east-1). */
  readonly webAclArn: string;
  /** Standard access logs go here under `cloudfront/`. */
  readonly accessLogs: s3.IBucket;
}

/**
 * CloudFront in front of the regional REST API, HTTPS only. GETs are cached for `cacheTtl`, keyed like
 * the API cache (the path, `limit` and `cursor`) plus the caller's `Authorization`: CloudFront never
 * answers one caller with another's cached response. Write statuses (`/<svc>/writes/*`) change until
 * applied and are not cached. Writes pass through (CloudFront caches GET and HEAD only).
 */
export class EdgeDistribution extends Construct {
  readonly distribution: cloudfront.Distribution;
  readonly readCachePolicy: cloudfront.CachePolicy;
  readonly statusCachePolicy: cloudfront.CachePolicy;
  readonly originRequestPolicy: cloudfront.OriginRequestPolicy;

  constructor(scope: Construct, id: string, props: EdgeDistributionProps) {
    super(scope, id);
    this.readCachePolicy = new cloudfront.CachePolicy(this, 'ReadCachePolicy', {
      comment: 'pik edge-buffered-writes: GET answers, per caller, keyed like the API cache',
      minTtl: Duration.seconds(0),
      defaultTtl: props.cacheTtl,
      maxTtl: props.cacheTtl,
      headerBehavior: cloudfront.CacheHeaderBehavior.allowList('Authorization'),
      queryStringBehavior: cloudfront.CacheQueryStringBehavior.allowList(...PAGE_QUERY_PARAMETERS),
      cookieBehavior: cloudfront.CacheCookieBehavior.none(),
      enableAcceptEncodingGzip: true,
      enableAcceptEncodingBrotli: true,
    });
    // Not cached at all would also drop Authorization on the way to the API; TTL 0 keeps it as a key.
    this.statusCachePolicy = new cloudfront.CachePolicy(this, 'StatusCachePolicy', {
      comment: 'pik edge-buffered-writes: write statuses, never kept',
      minTtl: Duration.seconds(0),
      defaultTtl: Duration.seconds(0),
      maxTtl: Duration.seconds(1),
      headerBehavior: cloudfront.CacheHeaderBehavior.allowList('Authorization'),
      queryStringBehavior: cloudfront.CacheQueryStringBehavior.none(),
      cookieBehavior: cloudfront.CacheCookieBehavior.none(),
    });
    this.originRequestPolicy = new cloudfront.OriginRequestPolicy(this, 'OriginRequestPolicy', {
      comment: 'pik edge-buffered-writes: what the API reads besides the cache key',
      headerBehavior: cloudfront.OriginRequestHeaderBehavior.allowList(...FORWARDED_HEADERS),
      // DELETE sends ?version=; the cache key still holds only limit and cursor.
      queryStringBehavior: cloudfront.OriginRequestQueryStringBehavior.all(),
      cookieBehavior: cloudfront.OriginRequestCookieBehavior.none(),
    });
    const origin = new origins.RestApiOrigin(props.api, { customHeaders: props.originHeaders });
    const behaviour = (cachePolicy: cloudfront.ICachePolicy): cloudfront.BehaviorOptions => ({
      origin,
      viewerProtocolPolicy: cloudfront.ViewerProtocolPolicy.HTTPS_ONLY,
      allowedMethods: cloudfront.AllowedMethods.ALLOW_ALL,
      cachedMethods: cloudfront.CachedMethods.CACHE_GET_HEAD,
      cachePolicy,
      originRequestPolicy: this.originRequestPolicy,
      compress: true,
    });
    this.distribution = new cloudfront.Distribution(this, 'Distribution', {
      comment: 'pik edge-buffered-writes',
      defaultBehavior: behaviour(this.readCachePolicy),
      additionalBehaviors: { [`/*/${WRITES_SEGMENT}/*`]: behaviour(this.statusCachePolicy) },
      webAclId: props.webAclArn,
      httpVersion: cloudfront.HttpVersion.HTTP2_AND_3,
      minimumProtocolVersion: cloudfront.SecurityPolicyProtocol.TLS_V1_2_2021,
      priceClass: cloudfront.PriceClass.PRICE_CLASS_100,
      enableLogging: true,
      logBucket: props.accessLogs,
      logFilePrefix: 'cloudfront/',
    });
    acknowledge(
      this.distribution,
      'AwsSolutions-CFR4',
      'The default *.cloudfront.net certificate negotiates TLSv1 at the least; give the distribution a custom domain and ACM certificate to enforce TLS 1.2 (the policy is already set).',
    );
    acknowledge(
      this.distribution,
      'AwsSolutions-CFR1',
      'No geo restriction: the API serves callers wherever they are; the edge web ACL filters them.',
    );
  }
}
