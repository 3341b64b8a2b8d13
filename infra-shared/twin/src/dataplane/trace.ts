import type { IncomingHttpHeaders } from 'node:http';
import { PIK_HEADERS } from '@pik/contracts/headers';

/**
 * Hop trace: every L7 hop appends its own segment to the request's trace header before passing it on and
 * answers with the full chain. L4 hops (VPC link, NLB) cannot touch headers, so the L7 component that sends
 * *through* them (the gateway's HTTP forwarder) appends their segments on their behalf (`HttpForwardTarget.hops`).
 * A response that already carries a trace from further down keeps it; otherwise the hop that produced the
 * response sets it.
 */

/** Between two segments of a trace. */
const TRACE_SEPARATOR = ' > ';

/** Appends hop segments to a trace ('' = no trace yet; an empty segment adds nothing). */
export function appendTrace(trace: string, ...segments: readonly string[]): string {
  let out = trace;
  for (const segment of segments) {
    if (segment !== '') out = out === '' ? segment : out + TRACE_SEPARATOR + segment;
  }
  return out;
}

/** The trace a request arrived with ('' when none). */
export function incomingTrace(headers: IncomingHttpHeaders): string {
  const value = headers[PIK_HEADERS.trace];
  return typeof value === 'string' ? value : '';
}
