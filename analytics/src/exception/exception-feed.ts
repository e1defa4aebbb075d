import type { IncomingMessage, ServerResponse } from 'node:http';
import { execute, type EntityManager } from '@plexus/db';
import { hasRole, isSiteVisible, type StreamHandler, type Viewer } from '@plexus/host';
import type { SupplyChainException } from './exception.entity.ts';
import { readerRoles } from './exception.rules.ts';
import { exceptionColumns, toException, type ExceptionRow } from './exception.store.ts';

/**
 * The live side of the inbox: after anything changed exceptions (an event,
 * the sweep, a person), the feed reads the rows whose revision passed the
 * last it sent and hands them to every open stream, which sends each
 * viewer the ones it may see as server-sent events. Reading by revision
 * rather than passing changes along means a change is sent once it has
 * committed, whoever made it, and none is skipped.
 */

/** More changes than this at once (a first catch-up over history) are announced as one `refresh`: the page reloads its list. */
const maxListedChanges = 200;

export type FeedMessage = { changed: SupplyChainException[] } | { refresh: true };

export class ExceptionFeed {
  readonly #em: EntityManager;
  readonly #listeners = new Set<(message: FeedMessage) => void>();
  #sent: string | undefined;
  #reading: Promise<void> = Promise.resolve();

  constructor(em: EntityManager) {
    this.#em = em;
  }

  subscribe(listener: (message: FeedMessage) => void): () => void {
    this.#listeners.add(listener);
    return () => this.#listeners.delete(listener);
  }

  get listeners(): number {
    return this.#listeners.size;
  }

  /** Sends what changed since the last call; the first call only notes where the stream stands. One read at a time. */
  publish(): Promise<void> {
    const read = () => this.#read();
    this.#reading = this.#reading.then(read, read);
    return this.#reading;
  }

  async #read(): Promise<void> {
    const em = this.#em.fork();
    if (this.#sent === undefined) {
      const [row] = await execute<{ revision: string }[]>(em, 'SELECT coalesce(max(revision), 0)::text AS revision FROM analytics.supply_chain_exception');
      this.#sent = row!.revision;
      return;
    }
    const rows = await execute<ExceptionRow[]>(
      em,
      `SELECT ${exceptionColumns} FROM analytics.supply_chain_exception WHERE revision > ?::bigint ORDER BY revision LIMIT ?`,
      [this.#sent, maxListedChanges + 1],
    );
    if (rows.length === 0) return;
    if (rows.length > maxListedChanges) {
      const [row] = await execute<{ revision: string }[]>(em, 'SELECT coalesce(max(revision), 0)::text AS revision FROM analytics.supply_chain_exception');
      this.#sent = row!.revision;
      this.#emit({ refresh: true });
      return;
    }
    this.#sent = rows.at(-1)!.revision_text;
    this.#emit({ changed: rows.map(toException) });
  }

  #emit(message: FeedMessage) {
    for (const listener of this.#listeners) listener(message);
  }
}

/** Feeds of this process: a person's change (a mutation) makes each of them look at once. */
const feeds = new Set<ExceptionFeed>();

export function registerFeed(feed: ExceptionFeed): () => void {
  feeds.add(feed);
  return () => feeds.delete(feed);
}

export function announceExceptionChanges(): void {
  for (const feed of feeds) feed.publish().catch((error: unknown) => console.error('exceptions feed:', error));
}

/** What a viewer may see of the inbox: nothing outside the company, only its sites for a site-scoped user. */
export const mayWatch = (viewer: Viewer) => hasRole(viewer, readerRoles);

const sse = (event: string, data: unknown) => `event: ${event}\ndata: ${JSON.stringify(data)}\n\n`;

/** How often an idle stream sends a comment, so proxies keep it open and a dead client is noticed. */
const heartbeatMs = 15_000;

/**
 * `GET /streams/exceptions`: `ready` once subscribed, then `exception` with
 * each new or changed exception the viewer may see, or `refresh` when too
 * many changed at once. Fails closed: a viewer who may not read the inbox
 * gets 403 and no stream.
 */
export function exceptionStream(feed: ExceptionFeed): StreamHandler {
  return (viewer: Viewer, request: IncomingMessage, response: ServerResponse) => {
    if (!mayWatch(viewer)) {
      response.writeHead(403, { 'content-type': 'application/json' });
      response.end(JSON.stringify({ errors: [{ message: `A${/^[aeiou]/.test(viewer.role) ? 'n' : ''} ${viewer.role} may not watch exceptions`, extensions: { code: 'FORBIDDEN' } }] }));
      return;
    }
    response.writeHead(200, { 'content-type': 'text/event-stream; charset=utf-8', 'cache-control': 'no-cache, no-transform', connection: 'keep-alive' });
    response.flushHeaders();
    const unsubscribe = feed.subscribe((message) => {
      if ('refresh' in message) {
        response.write(sse('refresh', {}));
        return;
      }
      for (const exception of message.changed) if (isSiteVisible(viewer, exception.siteId)) response.write(sse('exception', exception));
    });
    response.write(`retry: 2000\n${sse('ready', { at: new Date().toISOString() })}`);
    const heartbeat = setInterval(() => response.write(': heartbeat\n\n'), heartbeatMs);
    heartbeat.unref();
    const close = () => {
      clearInterval(heartbeat);
      unsubscribe();
    };
    request.once('close', close);
    response.once('close', close);
  };
}
