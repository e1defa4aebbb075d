import type { Viewer } from '@plexus/identity';

/** What the router knows about a request when the gateway sends its subgraph fetches. */
export interface RouterContext {
  /** Absent only while the router runs without authentication (the role-header mode of tests not yet on tokens). */
  viewer?: Viewer;
  /** Requests with equal keys may share a subgraph answer: the viewer's claims, or the forwarded role without authentication. */
  viewerKey: string;
  /** Headers every subgraph fetch of this request carries: the router's signed credential for the viewer. */
  subgraphHeaders: Record<string, string>;
}
