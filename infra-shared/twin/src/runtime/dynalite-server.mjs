// The embedded DynamoDB (dynalite) as a process of its own, started by the twin with an IPC channel: it
// answers `{ port }` once listening on 127.0.0.1 (or `{ error }`), and exits when the channel closes, so it
// never outlives the twin. Its own process keeps every table operation off the event loop that runs the
// gateway and load balancers.
import dynalite from 'dynalite';

const server = dynalite({ createTableMs: 0, deleteTableMs: 0, updateTableMs: 0 });
server.listen(0, '127.0.0.1', (error) => {
  if (error) {
    process.send?.({ error: error.message });
    process.exit(1);
  }
  process.send?.({ port: server.address().port });
});
if (process.channel) {
  process.channel.unref();
  process.on('disconnect', () => process.exit(0));
}
process.on('SIGTERM', () => server.close(() => process.exit(0)));
