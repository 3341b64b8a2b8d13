/**
 * What a soak samples, read from Linux's /proc: the process tree below a root (the twin and everything it
 * started: Lambda environments, container replicas, emulators), each process's resident memory and open
 * file descriptors, and a label saying what the process is. A process that exits between two reads is
 * simply absent from that sample.
 */
import { readdir, readFile } from 'node:fs/promises';
import { basename } from 'node:path';

export type ProcessKind = 'twin' | 'lambda' | 'replica' | 'emulator' | 'process';

export interface ProcessIdentity {
  readonly pid: number;
  readonly kind: ProcessKind;
  readonly label: string;
}

export interface ProcessReading {
  readonly rssMb: number;
  readonly fds: number;
}

/** Whether /proc can be read the way the soak needs (Linux). */
export async function procAvailable(): Promise<boolean> {
  try {
    await readFile(`/proc/${process.pid}/status`, 'utf8');
    return true;
  } catch {
    return false;
  }
}

/** The parent pid from /proc/<pid>/stat; the command name in parentheses may itself hold spaces. */
async function parentOf(pid: number): Promise<number | undefined> {
  try {
    const stat = await readFile(`/proc/${pid}/stat`, 'utf8');
    const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
    return Number(fields[1]);
  } catch {
    return undefined;
  }
}

/** The roots and every process below them, roots first. */
export async function processTree(roots: readonly number[]): Promise<number[]> {
  const pids = (await readdir('/proc')).filter((name) => /^\d+$/.test(name)).map(Number);
  const children = new Map<number, number[]>();
  await Promise.all(
    pids.map(async (pid) => {
      const parent = await parentOf(pid);
      if (parent === undefined) return;
      children.set(parent, [...(children.get(parent) ?? []), pid]);
    }),
  );
  const out: number[] = [];
  const queue = [...roots];
  while (queue.length > 0) {
    const pid = queue.shift() as number;
    if (out.includes(pid)) continue;
    out.push(pid);
    queue.push(...(children.get(pid) ?? []).sort((a, b) => a - b));
  }
  return out;
}

/** Resident memory (VmRSS) and the number of open descriptors, or undefined once the process is gone. */
export async function readProcess(pid: number): Promise<ProcessReading | undefined> {
  try {
    const [status, fds] = await Promise.all([
      readFile(`/proc/${pid}/status`, 'utf8'),
      readdir(`/proc/${pid}/fd`),
    ]);
    const kb = Number(/^VmRSS:\s+(\d+)\s+kB/m.exec(status)?.[1]);
    // A zombie has no VmRSS line: it holds no memory and is about to disappear.
    if (!Number.isFinite(kb)) return undefined;
    return { rssMb: Math.round((kb / 1024) * 100) / 100, fds: fds.length };
  } catch {
    return undefined;
  }
}

async function nulSeparated(file: string): Promise<string[]> {
  try {
    return (await readFile(file, 'utf8')).split('\0').filter(Boolean);
  } catch {
    return [];
  }
}

/**
 * What a process is, from its command line and environment: the twin's Lambda environments carry the
 * function name Lambda sets, the kit's replicas their service instance and port, the emulators run their
 * own server scripts. `root` marks the twin itself.
 */
export async function identify(pid: number, root: boolean): Promise<ProcessIdentity> {
  const [argv, environ] = await Promise.all([
    nulSeparated(`/proc/${pid}/cmdline`),
    nulSeparated(`/proc/${pid}/environ`),
  ]);
  const env = new Map(
    environ.map((entry) => [entry.slice(0, entry.indexOf('=')), entry.slice(entry.indexOf('=') + 1)]),
  );
  const command = argv.join(' ');
  if (root) return { pid, kind: 'twin', label: 'twin (gateway, load balancers)' };
  const emulator = /(dynalite|kinesalite)-server\.mjs/.exec(command)?.[1];
  if (emulator) return { pid, kind: 'emulator', label: emulator };
  const fn = env.get('AWS_LAMBDA_FUNCTION_NAME');
  if (fn) return { pid, kind: 'lambda', label: `lambda ${fn}` };
  const port = env.get('PORT');
  if (port) {
    const service = env.get('PIK_SERVICE_INSTANCE') ?? env.get('SERVICE_NAME') ?? basename(argv[0] ?? '?');
    return { pid, kind: 'replica', label: `replica ${service} :${port}` };
  }
  return {
    pid,
    kind: 'process',
    label: basename(argv[0] ?? String(pid)) + (argv[1] ? ` ${basename(argv[1])}` : ''),
  };
}
