import { createServer } from 'node:http';

/**
 * Serves the built control tower over plain http, as `npm start` and the
 * Chromium specs run it. adapter-node takes a request's protocol from
 * PROTOCOL_HEADER and otherwise assumes https, so behind no proxy every
 * posted form (sign-in, the planner's actions) would fail SvelteKit's CSRF
 * origin check; this server states the protocol of its own socket, whatever
 * a client claims. Behind a TLS proxy run `node build/index.js` with
 * PROTOCOL_HEADER instead.
 */
process.env.PROTOCOL_HEADER = 'x-forwarded-proto';
// Imported after: the handler reads its settings from the environment as it loads.
const { handler } = await import(new URL('./build/handler.js', import.meta.url).href);
const port = Number(process.env.PORT ?? 3000);
const host = process.env.HOST ?? '127.0.0.1';

const server = createServer((request, response) => {
  request.headers['x-forwarded-proto'] = 'http';
  handler(request, response, () => {
    response.statusCode = 404;
    response.end('Not found');
  });
});
server.listen(port, host, () => console.log(`Listening on http://${host}:${port}`));
for (const signal of ['SIGINT', 'SIGTERM']) {
  process.on(signal, () => {
    server.close(() => process.exit(0));
    server.closeIdleConnections();
  });
}
