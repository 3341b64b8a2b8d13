// How an embedded emulator process (dynalite-server.mjs, kinesalite-server.mjs) talks to the twin that
// started it with an IPC channel (`emulator-process.ts`): it answers `{ port }` once listening on 127.0.0.1
// (or `{ error }`), and exits when the channel closes, so it never outlives the twin.
export function serveOverIpc(server) {
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
}
