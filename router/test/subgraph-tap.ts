import { createServer, request as httpRequest, type IncomingHttpHeaders } from 'node:http';
import type { AddressInfo } from 'node:net';

/**
 * Sits between the router and a real subgraph: passes every request on and
 * keeps what the router sent (headers, body), so a spec can see what a
 * subgraph receives. Switched to `hang`, it takes requests and never
 * answers, like a subgraph stuck on a lock.
 */
export interface SubgraphTap {
  readonly url: string;
  readonly received: { headers: IncomingHttpHeaders; body: string }[];
  hang: boolean;
  stop(): Promise<void>;
}

export async function startSubgraphTap(target: string): Promise<SubgraphTap> {
  const targetUrl = new URL(target);
  const tap: Omit<SubgraphTap, 'url' | 'stop'> = { received: [], hang: false };
  const server = createServer((incoming, outgoing) => {
    const chunks: Buffer[] = [];
    incoming.on('data', (chunk: Buffer) => chunks.push(chunk));
    incoming.on('end', () => {
      const body = Buffer.concat(chunks);
      tap.received.push({ headers: incoming.headers, body: body.toString('utf8') });
      if (tap.hang) return;
      const forwarded = httpRequest(
        { host: targetUrl.hostname, port: targetUrl.port, path: targetUrl.pathname, method: incoming.method, headers: { ...incoming.headers, host: targetUrl.host } },
        (answer) => {
          outgoing.writeHead(answer.statusCode ?? 502, answer.headers);
          answer.pipe(outgoing);
        },
      );
      forwarded.on('error', () => outgoing.destroy());
      forwarded.end(body);
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return Object.assign(tap, {
    url: `http://127.0.0.1:${port}${targetUrl.pathname}`,
    stop: () =>
      new Promise<void>((resolve) => {
        server.close(() => resolve());
        server.closeAllConnections();
      }),
  });
}
