/**
 * The least a hop can cost on this machine: a bare TCP proxy in a process of its own (bytes piped both
 * ways, nothing parsed) in front of a service replica. Measured next to the chains, it shows how much of
 * their added latency any extra process would add here, whatever it did. Started by the bench with an IPC
 * channel: answers `{ port }`, exits when the channel closes.
 */
import { connect, createServer } from 'node:net';

const targetPort = Number(process.argv[2]);
const server = createServer({ noDelay: true }, (client) => {
  const upstream = connect({ host: '127.0.0.1', port: targetPort, noDelay: true });
  client.pipe(upstream);
  upstream.pipe(client);
  client.on('error', () => upstream.destroy());
  upstream.on('error', () => client.destroy());
  client.on('close', () => upstream.destroy());
  upstream.on('close', () => client.destroy());
});
server.listen(0, '127.0.0.1', () => {
  const address = server.address();
  process.send?.({ port: typeof address === 'object' && address ? address.port : 0 });
});
process.on('disconnect', () => process.exit(0));
