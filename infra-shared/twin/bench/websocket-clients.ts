/**
 * Child process of `bench:websocket`: opens N WebSocket connections to the twin's gateway and holds them,
 * so their memory is not the gateway's. Reports over IPC when all are open, then, for each message a
 * connection receives (`{"sentAt": <epoch ms>}`), the delivery latency; answers `{ type: 'stats' }` with
 * what it received.
 */
import WebSocket from 'ws';

const [url = '', countText = '0'] = process.argv.slice(2);
const count = Number(countText);
const sockets: WebSocket[] = [];
const latencies: number[] = [];
let failed = 0;

async function openAll(): Promise<void> {
  const batch = 100;
  for (let i = 0; i < count; i += batch) {
    await Promise.all(
      Array.from(
        { length: Math.min(batch, count - i) },
        () =>
          new Promise<void>((resolve) => {
            const ws = new WebSocket(url);
            ws.once('open', () => {
              sockets.push(ws);
              resolve();
            });
            ws.once('error', () => {
              failed++;
              resolve();
            });
            ws.on('message', (data) => {
              const { sentAt } = JSON.parse(String(data)) as { sentAt: number };
              latencies.push(performance.timeOrigin + performance.now() - sentAt);
            });
          }),
      ),
    );
  }
}

process.on('message', (message: { type: string }) => {
  if (message.type === 'stats') process.send?.({ type: 'stats', latencies: latencies.splice(0) });
  if (message.type === 'close') {
    for (const ws of sockets) ws.terminate();
    process.exit(0);
  }
});
process.on('disconnect', () => process.exit(0));
await openAll();
process.send?.({ type: 'open', open: sockets.length, failed });
