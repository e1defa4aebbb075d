import type { ExceptionRowFragment } from '../graphql/__generated__/operations.ts';

/** connecting: not heard from yet; live: the stream is open; reconnecting: it dropped and is being reopened. */
export type LiveState = 'connecting' | 'live' | 'reconnecting';

/** A pushed exception: the graph's fields for the row except the viewer's verdict, which the page works out. */
export type PushedException = Omit<ExceptionRowFragment, 'actionable'>;

/** How long to wait before reopening a stream the server closed for good (a refusal, a restart). */
const reopenMs = 3_000;

/**
 * Follows the inbox's server-sent events: `ready` when subscribed,
 * `exception` for each new or changed one, `refresh` when too many changed
 * at once. EventSource reconnects by itself after a dropped connection;
 * one the server answered with an error is closed, so it is reopened here.
 * Returns the stop (for an `$effect`'s cleanup).
 */
export function liveExceptions(
  url: string,
  on: { state: (state: LiveState) => void; changed: (exception: PushedException) => void; refresh: () => void },
): () => void {
  let source: EventSource | undefined;
  let timer: ReturnType<typeof setTimeout> | undefined;
  let stopped = false;
  const open = () => {
    source = new EventSource(url);
    source.addEventListener('ready', () => on.state('live'));
    source.addEventListener('exception', (event) => {
      try {
        on.changed(JSON.parse((event as MessageEvent<string>).data) as PushedException);
      } catch {
        on.refresh();
      }
    });
    source.addEventListener('refresh', () => on.refresh());
    source.onerror = () => {
      on.state('reconnecting');
      if (source?.readyState === EventSource.CLOSED && !stopped) {
        source.close();
        timer = setTimeout(open, reopenMs);
      }
    };
  };
  open();
  return () => {
    stopped = true;
    clearTimeout(timer);
    source?.close();
  };
}
