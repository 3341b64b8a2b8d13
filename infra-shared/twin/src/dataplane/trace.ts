import type { IncomingHttpHeaders } from 'node:http';
import { TRACE_HEADER, TRACE_SEPARATOR } from './types.js';

/** Appends hop segments to a trace ('' = no trace yet). */
export function appendTrace(trace: string, ...segments: readonly string[]): string {
  let out = trace;
  for (const segment of segments) out = out === '' ? segment : out + TRACE_SEPARATOR + segment;
  return out;
}

/** The trace a request arrived with ('' when none). */
export function incomingTrace(headers: IncomingHttpHeaders): string {
  const value = headers[TRACE_HEADER];
  return typeof value === 'string' ? value : '';
}

/** Splits a trace into its segments (tests and reports). */
export function traceSegments(trace: string): string[] {
  return trace === '' ? [] : trace.split(TRACE_SEPARATOR);
}
