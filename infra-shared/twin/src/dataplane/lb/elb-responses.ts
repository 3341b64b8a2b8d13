import type { ServerResponse } from 'node:http';
import { PIK_HEADERS } from '@pik/contracts/headers';

/** The statuses an ALB answers by itself with one of ELB's HTML pages. */
export type ElbErrorStatus = 502 | 503 | 504 | 413;

function elbPage(status: number, text: string): string {
  return `<html>\r\n<head><title>${status} ${text}</title></head>\r\n<body>\r\n<center><h1>${status} ${text}</h1></center>\r\n</body>\r\n</html>\r\n`;
}
const PAGES: Record<ElbErrorStatus, string> = {
  502: elbPage(502, 'Bad Gateway'),
  503: elbPage(503, 'Service Temporarily Unavailable'),
  504: elbPage(504, 'Gateway Time-out'),
  413: elbPage(413, 'Request Entity Too Large'),
};

/**
 * ELB's own error page with `server: awselb/2.0` and the trace so far. A response already under way is cut
 * (the client sees a broken answer, as from a real ALB); one already finished is left alone.
 */
export function sendElbError(res: ServerResponse, status: ElbErrorStatus, trace: string): void {
  if (res.writableEnded) return;
  if (res.headersSent) {
    res.destroy();
    return;
  }
  const body = PAGES[status];
  res.writeHead(status, [
    'server',
    'awselb/2.0',
    'content-type',
    'text/html',
    'content-length',
    String(body.length),
    PIK_HEADERS.trace,
    trace,
  ]);
  res.end(body);
}

/** A listener rule's `fixed-response` action. */
export function sendFixedResponse(
  res: ServerResponse,
  action: { readonly statusCode: number; readonly contentType?: string; readonly messageBody?: string },
  trace: string,
): void {
  const body = action.messageBody ?? '';
  res.writeHead(action.statusCode, [
    'server',
    'awselb/2.0',
    'content-type',
    action.contentType ?? 'text/plain; charset=utf-8',
    'content-length',
    String(Buffer.byteLength(body)),
    PIK_HEADERS.trace,
    trace,
  ]);
  res.end(body);
}
