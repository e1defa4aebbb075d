// Preloaded into processes `npm start` spawns with an IPC channel: when the
// parent goes away, however it ended (Ctrl-C, SIGTERM, a crash, SIGKILL), the
// channel closes and the child ends too, so nothing is left holding a port.
if (process.connected) process.on('disconnect', () => process.exit(0));
