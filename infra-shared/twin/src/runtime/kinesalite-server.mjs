// The embedded Kinesis (kinesalite, records kept in memory) as a process of its own, started by the twin
// with an IPC channel (`emulator-process.ts`): it answers `{ port }` once listening on 127.0.0.1 (or
// `{ error }`), and exits when the channel closes. Streams become ACTIVE at once, as dynalite's tables do.
import kinesalite from 'kinesalite';

const server = kinesalite({ createStreamMs: 0, deleteStreamMs: 0, updateStreamMs: 0 });
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
