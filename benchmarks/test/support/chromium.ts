import { spawn } from 'node:child_process';
import { access, constants, mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { delimiter, join } from 'node:path';

export async function findChromium(): Promise<string | undefined> {
  const dirs = (process.env.PATH ?? '').split(delimiter).filter(Boolean);
  for (const name of ['chromium', 'chromium-browser']) {
    for (const dir of [...dirs, '/usr/bin']) {
      try {
        await access(join(dir, name), constants.X_OK);
        return join(dir, name);
      } catch {}
    }
  }
  return undefined;
}

function run(binary: string, args: string[], timeoutMs: number): Promise<string> {
  return new Promise((resolve, reject) => {
    const child = spawn(binary, args, { stdio: ['ignore', 'pipe', 'ignore'] });
    let out = '';
    child.stdout.on('data', (chunk: Buffer) => {
      out += chunk.toString();
    });
    const timer = setTimeout(() => child.kill('SIGKILL'), timeoutMs);
    child.once('error', reject);
    child.once('close', (code) => {
      clearTimeout(timer);
      if (code === 0) resolve(out);
      else reject(new Error(`${binary} exited with ${code}`));
    });
  });
}

/** Opens a local HTML file in headless Chromium: a PNG screenshot and the DOM as rendered. */
export async function renderPage(
  binary: string,
  htmlFile: string,
  screenshot: string,
): Promise<{ png: Buffer; dom: string }> {
  const profile = await mkdtemp(join(tmpdir(), 'pik-chromium-'));
  const flags = [
    '--headless',
    '--no-sandbox',
    '--disable-gpu',
    '--disable-background-networking',
    '--disable-component-update',
    '--disable-sync',
    '--no-first-run',
    `--user-data-dir=${profile}`,
    '--hide-scrollbars',
    '--window-size=1200,2400',
  ];
  try {
    await run(binary, [...flags, `--screenshot=${screenshot}`, `file://${htmlFile}`], 60_000);
    const dom = await run(binary, [...flags, '--dump-dom', `file://${htmlFile}`], 60_000);
    return { png: await readFile(screenshot), dom };
  } finally {
    await rm(profile, { recursive: true, force: true });
  }
}

/** Width and height from a PNG's IHDR chunk. */
export function pngSize(png: Buffer): { width: number; height: number } {
  if (png.subarray(1, 4).toString() !== 'PNG') throw new Error('not a PNG');
  return { width: png.readUInt32BE(16), height: png.readUInt32BE(20) };
}
