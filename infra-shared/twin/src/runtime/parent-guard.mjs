// Preloaded (`node --import`) into every process the twin starts that it cannot otherwise instrument:
// when the twin's IPC channel closes (the twin exited, however it exited) the process exits too, so no
// replica outlives the twin. The channel is unref'd so it never keeps the process alive by itself.
if (process.channel) {
  process.channel.unref();
  process.on('disconnect', () => process.exit(0));
}
