import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import type { Readable } from 'node:stream';
import { StringDecoder } from 'node:string_decoder';
import { createGunzip } from 'node:zlib';
import type { EntityManager } from '@plexus/db';
import type { IncomingHttpHeaders } from 'node:http';
import { DomainError } from '@plexus/errors';
import { authorizeChange, IdentityError, type RunningServer, type Viewer } from '@plexus/host';
import { TelemetryIngest, type TelemetryIngestResult } from './telemetry.service.ts';

/** Path of the NDJSON endpoint. */
export const telemetryIngestPath = '/telemetry';

/** A gateway that sent a million bad lines learns the count, and the first of them. */
const maxListedRejections = 1000;

/** PLEXUS_TELEMETRY_MAX_BODY_BYTES: the largest body one request may carry, counted after decompression; 64 MiB unless set. */
export function telemetryMaxBodyBytes(): number {
  const raw = process.env.PLEXUS_TELEMETRY_MAX_BODY_BYTES;
  if (raw === undefined || raw === '') return 64 * 1024 * 1024;
  const bytes = Number(raw);
  if (!Number.isInteger(bytes) || bytes < 1) throw new Error(`PLEXUS_TELEMETRY_MAX_BODY_BYTES must be a whole number of bytes ≥ 1, got ${raw}`);
  return bytes;
}

function reply(response: ServerResponse, status: number, body: unknown, headers: Record<string, string> = {}): void {
  response.writeHead(status, { 'content-type': 'application/json', ...headers });
  response.end(JSON.stringify(body));
}

/** Content codings the endpoint decodes, by their Content-Encoding names. */
type BodyEncoding = 'identity' | 'gzip';

function bodyEncodingOf(request: IncomingMessage): BodyEncoding | undefined {
  const name = (request.headers['content-encoding'] ?? 'identity').trim().toLowerCase();
  if (name === 'identity' || name === '') return 'identity';
  if (name === 'gzip' || name === 'x-gzip') return 'gzip';
  return undefined;
}

class BodyTooLarge extends Error {}
class BodyUnreadable extends Error {}

/**
 * Reads an NDJSON body line by line as it arrives (through gunzip when it is
 * gzipped), so a batch of any size needs memory for one storage batch only,
 * and each point is validated and stored as soon as its batch is full. What
 * was stored stays stored if the connection or the process dies, or the body
 * turns out too large: the sender resends and duplicates are skipped.
 */
async function ingestNdjson(em: EntityManager, request: IncomingMessage, encoding: BodyEncoding, maxBodyBytes: number): Promise<{ result: TelemetryIngestResult; failure?: BodyTooLarge | BodyUnreadable }> {
  const ingest = new TelemetryIngest(em.fork(), { maxListedRejections });
  const gunzip = encoding === 'gzip' ? createGunzip() : undefined;
  if (gunzip) request.on('error', (error) => gunzip.destroy(error));
  const body: Readable = gunzip ? request.pipe(gunzip) : request;
  const text = new StringDecoder('utf8');
  let pending = '';
  let bytes = 0;
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
  let failure: BodyTooLarge | BodyUnreadable | undefined;
  try {
    // Leaving the loop early must not destroy the request: its socket still has to carry the refusal.
    for await (const chunk of body.iterator({ destroyOnReturn: false }) as AsyncIterable<Buffer>) {
      bytes += chunk.length;
      if (bytes > maxBodyBytes) throw new BodyTooLarge();
      pending += text.write(chunk);
      let start = 0;
      for (let end = pending.indexOf('\n'); end !== -1; end = pending.indexOf('\n', start)) {
        await addLine(pending.slice(start, end));
        start = end + 1;
      }
      pending = pending.slice(start);
    }
    await addLine(pending + text.end());
  } catch (error) {
    if (error instanceof BodyTooLarge) failure = error;
    else if (encoding === 'gzip' && (error as { code?: unknown }).code?.toString().startsWith('Z_')) failure = new BodyUnreadable();
    else throw error;
  }
  if (failure && gunzip) {
    request.unpipe(gunzip);
    gunzip.destroy();
  }
  return { result: await ingest.finish(), ...(failure ? { failure } : {}) };
}

/** Who sent a request: its bearer token verified as the router verifies it (the host's `runtime.authenticate`). */
export type TelemetryAuthenticator = (headers: IncomingHttpHeaders) => Promise<Viewer>;

async function handle(em: EntityManager, maxBodyBytes: number, authenticate: TelemetryAuthenticator, request: IncomingMessage, response: ServerResponse): Promise<void> {
  const path = new URL(request.url ?? '/', 'http://localhost').pathname;
  if (path !== telemetryIngestPath) return reply(response, 404, { error: { code: 'NOT_FOUND', message: `POST NDJSON to ${telemetryIngestPath}` } });
  if (request.method !== 'POST') return reply(response, 405, { error: { code: 'METHOD_NOT_ALLOWED', message: 'POST only' } });
  try {
    authorizeChange(await authenticate(request.headers), 'ingest telemetry');
  } catch (error) {
    if (error instanceof IdentityError && error.code === 'UNAUTHENTICATED') {
      return reply(response, 401, { error: { code: error.code, message: error.message } }, { 'www-authenticate': 'Bearer', connection: 'close' });
    }
    if (error instanceof DomainError || error instanceof IdentityError) return reply(response, 403, { error: { code: error.code, message: error.message } }, { connection: 'close' });
    throw error;
  }
  const encoding = bodyEncodingOf(request);
  // The rest of a refused body is not read: the connection closes after the answer.
  const refuse = { connection: 'close' };
  if (!encoding) {
    return reply(response, 415, { error: { code: 'UNSUPPORTED_MEDIA_TYPE', message: `Content-Encoding ${request.headers['content-encoding']} is not supported: send gzip or no encoding` } }, refuse);
  }
  const tooLarge = { code: 'PAYLOAD_TOO_LARGE', message: `The body is larger than ${maxBodyBytes} bytes (uncompressed): send the points in smaller batches` };
  if (Number(request.headers['content-length'] ?? 0) > maxBodyBytes) return reply(response, 413, { error: tooLarge }, refuse);
  const { result, failure } = await ingestNdjson(em, request, encoding, maxBodyBytes);
  if (!failure) return reply(response, 200, result);
  // Points read before the body was refused are stored; resending them with the rest is harmless.
  const error = failure instanceof BodyTooLarge ? tooLarge : { code: 'BAD_REQUEST', message: 'The body is not valid gzip' };
  reply(response, failure instanceof BodyTooLarge ? 413 : 400, { error, ...result }, refuse);
}

/**
 * The NDJSON ingest endpoint of the analytics process, on its own port
 * because the subgraph's GraphQL server owns its own. One line per point:
 * {"machineId","metric","time","value"}; the answer lists stored, duplicate
 * and rejected points (index from 0, with the reason). The body may be
 * gzipped (Content-Encoding: gzip) and may not exceed `maxBodyBytes`
 * uncompressed (413).
 */
export async function startTelemetryHttp(
  em: EntityManager,
  port: number,
  options: { authenticate: TelemetryAuthenticator; host?: string; maxBodyBytes?: number },
): Promise<RunningServer> {
  const host = options.host ?? process.env.PLEXUS_HOST ?? '127.0.0.1';
  const maxBodyBytes = options.maxBodyBytes ?? telemetryMaxBodyBytes();
  const server = createServer((request, response) => {
    handle(em, maxBodyBytes, options.authenticate, request, response).catch((error: unknown) => {
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
