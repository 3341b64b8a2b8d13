/**
 * A Unix socket next to each load balancer listener, for the twin's own hops.
 *
 * Every NLB and ALB listener is a TCP port on 127.0.0.1, and that is what users, health checks and the
 * services see. When one component of the twin sends to another in the same process (the gateway's
 * integration client to an NLB or ALB listener, an NLB to an ALB target), the bytes go through a Unix
 * socket bound to the same listener instead: the same server code reads the same HTTP or TCP stream, but
 * the kernel skips the TCP/IP stack, which on a small machine is most of what a local hop costs. Hops,
 * traces and answers do not change.
 */
import { unlinkSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

const byPort = new Map<number, string>();
let sequence = 0;

/** The Unix socket path standing for `127.0.0.1:port` when a listener of this process has one. */
export function localSocketFor(host: string, port: number): string | undefined {
  return host === '127.0.0.1' || host === 'localhost' ? byPort.get(port) : undefined;
}

/** Same, for an origin (`http://127.0.0.1:port`) as undici names it. */
export function localSocketForOrigin(origin: string | URL): string | undefined {
  const url = typeof origin === 'string' ? new URL(origin) : origin;
  return localSocketFor(url.hostname, Number(url.port));
}

interface Listenable {
  listen(path: string, cb: () => void): unknown;
  once(event: 'error', listener: (error: Error) => void): unknown;
  close(cb?: (error?: Error) => void): unknown;
  closeAllConnections?(): void;
}

/**
 * Binds `server` (a second server with the listener's own handler) to a fresh Unix socket registered for
 * `port`; resolves with a function that unregisters, closes and removes it. Failing to bind leaves the hop
 * on TCP (nothing registered).
 */
export async function listenLocalSocket(server: Listenable, port: number): Promise<() => Promise<void>> {
  const path = join(tmpdir(), `pik-twin-${process.pid}-${++sequence}.sock`);
  try {
    unlinkSync(path);
  } catch {
    // not there: the usual case
  }
  const bound = await new Promise<boolean>((resolve) => {
    server.once('error', () => resolve(false));
    server.listen(path, () => resolve(true));
  });
  if (!bound) return async () => {};
  byPort.set(port, path);
  return () =>
    new Promise<void>((resolve) => {
      if (byPort.get(port) === path) byPort.delete(port);
      server.close(() => {
        try {
          unlinkSync(path);
        } catch {
          // removed by the server already
        }
        resolve();
      });
      server.closeAllConnections?.();
    });
}
