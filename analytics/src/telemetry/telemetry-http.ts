import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import type { EntityManager } from '@plexus/db';
import { authorizeChange, DomainError, viewerFromHeaders, type RunningServer } from '@plexus/host';
import { TelemetryIngest, type TelemetryIngestResult } from './telemetry.service.ts';

/** Path of the NDJSON endpoint. */
export const telemetryIngestPath = '/telemetry';

/** A gateway that sent a million bad lines learns the count, and the first of them. */
const maxListedRejections = 1000;

function reply(response: ServerResponse, status: number, body: unknown): void {
  response.writeHead(status, { 'content-type': 'application/json' });
  response.end(JSON.stringify(body));
}

/**
 * Reads an NDJSON body line by line as it arrives, so a batch of any size
 * needs memory for one storage batch only, and each point is validated and
 * stored as soon as its batch is full. What was stored stays stored if the
 * connection or the process dies: the sender resends the whole batch and
 * duplicates are skipped.
 */
async function ingestNdjson(em: EntityManager, request: IncomingMessage): Promise<TelemetryIngestResult> {
  const ingest = new TelemetryIngest(em.fork(), { maxListedRejections });
  request.setEncoding('utf8');
  let pending = '';
  const addLine = (line: string) => {
    if (line.trim() === '') return undefined;
    let point: unknown;
    try {
      point = JSON.parse(line);
    } catch {
      return ingest.addUnreadable('not valid JSON');
    }
    return ingest.add(point);
  };
  for await (const chunk of request as AsyncIterable<string>) {
    pending += chunk;
    let start = 0;
    for (let end = pending.indexOf('\n'); end !== -1; end = pending.indexOf('\n', start)) {
      await addLine(pending.slice(start, end));
      start = end + 1;
    }
    pending = pending.slice(start);
  }
  await addLine(pending);
  return ingest.finish();
}

async function handle(em: EntityManager, request: IncomingMessage, response: ServerResponse): Promise<void> {
  const path = new URL(request.url ?? '/', 'http://localhost').pathname;
  if (path !== telemetryIngestPath) return reply(response, 404, { error: { code: 'NOT_FOUND', message: `POST NDJSON to ${telemetryIngestPath}` } });
  if (request.method !== 'POST') return reply(response, 405, { error: { code: 'METHOD_NOT_ALLOWED', message: 'POST only' } });
  try {
    authorizeChange(viewerFromHeaders(request.headers), 'ingest telemetry');
  } catch (error) {
    if (error instanceof DomainError) return reply(response, 403, { error: { code: error.code, message: error.message } });
    throw error;
  }
  reply(response, 200, await ingestNdjson(em, request));
}

/**
 * The NDJSON ingest endpoint of the analytics process, on its own port
 * because the subgraph's GraphQL server owns its own. One line per point:
 * {"machineId","metric","time","value"}; the answer lists stored, duplicate
 * and rejected points (index from 0, with the reason).
 */
export async function startTelemetryHttp(em: EntityManager, port: number, host = process.env.PLEXUS_HOST ?? '127.0.0.1'): Promise<RunningServer> {
  const server = createServer((request, response) => {
    handle(em, request, response).catch((error: unknown) => {
      // A broken connection or a database failure: whatever was stored stays, the sender resends.
      console.error('telemetry ingest failed', error);
      if (!response.headersSent) reply(response, 500, { error: { code: 'INTERNAL_SERVER_ERROR', message: 'Ingest failed; resend the batch (duplicates are skipped)' } });
      else response.destroy();
    });
  });
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(port, host, () => resolve());
  });
  const { port: boundPort } = server.address() as AddressInfo;
  return {
    url: `http://${host}:${boundPort}${telemetryIngestPath}`,
    stop: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}
