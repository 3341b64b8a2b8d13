/** The parts of API Gateway's WebSocket Lambda proxy event the feed reads. */
export interface WebSocketEvent {
  readonly requestContext: {
    readonly routeKey: string;
    readonly eventType: 'CONNECT' | 'MESSAGE' | 'DISCONNECT';
    readonly connectionId: string;
    readonly connectedAt: number;
    readonly domainName: string;
    readonly stage: string;
    readonly authorizer?: { readonly principalId?: string } & Readonly<Record<string, unknown>>;
  };
  readonly body?: string | null;
  readonly isBase64Encoded?: boolean;
}

/** What a route's integration answers; with a route response, API Gateway sends `body` to the client. */
export interface RouteResult {
  readonly statusCode: number;
  readonly body?: string;
}
