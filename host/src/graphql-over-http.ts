import type { IncomingMessage, ServerResponse } from 'node:http';

/**
 * GraphQL over HTTP without a web framework: every refusal is a GraphQL
 * error body with a code and a 4xx status, never an HTML page, a stack trace
 * or a file path. Nothing here knows about the router, so a subgraph's
 * server can answer malformed requests the same way.
 */

export interface GraphQLRequestBody {
  query: string;
  variables?: Record<string, unknown>;
  operationName?: string;
  extensions?: Record<string, unknown>;
}

export class HttpRefusal extends Error {
  readonly status: number;
  readonly code: string;
  readonly details: Record<string, unknown>;
  readonly headers: Record<string, string>;
  constructor(status: number, code: string, message: string, options: { details?: Record<string, unknown>; headers?: Record<string, string> } = {}) {
    super(message);
    this.status = status;
    this.code = code;
    this.details = options.details ?? {};
    this.headers = options.headers ?? {};
  }
}

export const apiResponseHeaders = { 'content-type': 'application/json; charset=utf-8', 'cache-control': 'no-store', 'x-content-type-options': 'nosniff' };

export function sendRefusal(response: ServerResponse, refusal: HttpRefusal, headers: Record<string, string> = {}): void {
  if (response.headersSent) {
    response.destroy();
    return;
  }
  response.writeHead(refusal.status, { ...apiResponseHeaders, ...headers, ...refusal.headers });
  response.end(JSON.stringify({ errors: [{ message: refusal.message, extensions: { code: refusal.code, ...refusal.details } }] }));
}

/** POST bodies must be JSON: anything else (a form, text) could be a cross-site request a browser sends without asking. */
export function requireJsonContentType(request: IncomingMessage): void {
  const contentType = request.headers['content-type'];
  const [mediaType, ...parameters] = (contentType ?? '').split(';').map((part) => part.trim().toLowerCase());
  const charset = parameters.find((parameter) => parameter.startsWith('charset='))?.slice('charset='.length).replace(/"/g, '');
  if (mediaType !== 'application/json' || (charset && charset !== 'utf-8')) {
    throw new HttpRefusal(415, 'UNSUPPORTED_MEDIA_TYPE', 'Send the operation as application/json (UTF-8)');
  }
}

/** Reads the body up to `maxBytes`; a larger one (by its declared length or as it streams) is refused with 413 without reading the rest. */
export function readBody(request: IncomingMessage, maxBytes: number): Promise<string> {
  const declared = Number(request.headers['content-length']);
  const tooLarge = () => new HttpRefusal(413, 'PAYLOAD_TOO_LARGE', `The request body is larger than ${maxBytes} bytes`, { details: { maximum: maxBytes } });
  if (declared > maxBytes) return Promise.reject(tooLarge());
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    let size = 0;
    const onData = (chunk: Buffer) => {
      size += chunk.length;
      if (size > maxBytes) {
        request.off('data', onData);
        // Stop reading: the rest is discarded as it arrives, and the connection closes after the answer.
        request.resume();
        reject(tooLarge());
        return;
      }
      chunks.push(chunk);
    };
    request.on('data', onData);
    request.once('end', () => resolve(Buffer.concat(chunks, size).toString('utf8')));
    request.once('error', () => reject(new HttpRefusal(400, 'BAD_REQUEST', 'The request body could not be read')));
  });
}

function carriesNul(value: unknown): boolean {
  if (typeof value === 'string') return value.includes('\u0000');
  if (Array.isArray(value)) return value.some(carriesNul);
  if (typeof value === 'object' && value !== null) return Object.entries(value).some(([key, entry]) => key.includes('\u0000') || carriesNul(entry));
  return false;
}

export function parseRequestBody(text: string): GraphQLRequestBody {
  let body: unknown;
  try {
    body = JSON.parse(text);
  } catch {
    throw new HttpRefusal(400, 'BAD_REQUEST', 'The request body is not valid JSON');
  }
  if (Array.isArray(body)) throw new HttpRefusal(400, 'BAD_REQUEST', 'Send one operation per request; batches are not accepted');
  if (typeof body !== 'object' || body === null) throw new HttpRefusal(400, 'BAD_REQUEST', 'The request body must be a JSON object');
  const { query, variables, operationName, extensions } = body as Record<string, unknown>;
  if (typeof query !== 'string' || query === '') throw new HttpRefusal(400, 'BAD_REQUEST', 'The request body must carry the operation as a string `query`');
  // PostgreSQL text cannot hold U+0000: refused here, for every system at once, rather than failing deep in a write.
  if (/\\u0000/i.test(query) || carriesNul(variables)) throw new HttpRefusal(400, 'BAD_USER_INPUT', 'Text may not contain the NUL character (U+0000)');
  if (variables != null && (typeof variables !== 'object' || Array.isArray(variables))) throw new HttpRefusal(400, 'BAD_REQUEST', '`variables` must be an object');
  if (operationName != null && typeof operationName !== 'string') throw new HttpRefusal(400, 'BAD_REQUEST', '`operationName` must be a string');
  if (extensions != null && (typeof extensions !== 'object' || Array.isArray(extensions))) throw new HttpRefusal(400, 'BAD_REQUEST', '`extensions` must be an object');
  return {
    query,
    ...(variables != null ? { variables: variables as Record<string, unknown> } : {}),
    ...(operationName != null ? { operationName: operationName as string } : {}),
    ...(extensions != null ? { extensions: extensions as Record<string, unknown> } : {}),
  };
}

/**
 * CORS from an allow-list. A browser sends a JSON POST from another origin
 * only after a preflight, and the preflight of an origin not listed is
 * refused, so such a page can neither send an operation nor read an answer.
 * Other requests are answered without CORS headers: servers (the control
 * tower's, whose fetch names its own origin) are not browsers.
 */
export function corsHeaders(request: IncomingMessage, allowedOrigins: ReadonlySet<string>): Record<string, string> {
  const origin = request.headers.origin;
  if (origin !== undefined && allowedOrigins.has(origin)) return { 'access-control-allow-origin': origin, vary: 'Origin' };
  if (origin !== undefined && request.method === 'OPTIONS') throw new HttpRefusal(403, 'FORBIDDEN', 'This origin may not call the graph', { headers: { vary: 'Origin' } });
  return origin === undefined ? {} : { vary: 'Origin' };
}

export const preflightHeaders = {
  'access-control-allow-methods': 'POST',
  'access-control-allow-headers': 'authorization, content-type',
  'access-control-max-age': '600',
};
