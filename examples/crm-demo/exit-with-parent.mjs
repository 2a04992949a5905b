// Preloaded (`node --import`) into the reference server the demo starts (dossier-server.mjs): its
// stdin is a pipe from the demo's process, which closes when that process ends however it ends
// (Ctrl+C, SIGTERM, or SIGKILL, which runs no handler). The server then shuts down as on SIGTERM,
// so that stopping `npm start` never leaves it holding its port.
process.stdin.on('error', () => {});
process.stdin.on('close', () => process.kill(process.pid, 'SIGTERM'));
process.stdin.on('end', () => process.kill(process.pid, 'SIGTERM'));
process.stdin.resume();
// Never what keeps the server alive once it has closed on its own.
process.stdin.unref();
