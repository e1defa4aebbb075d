import type { Viewer } from '@plexus/identity';

/** What the router knows about a request when the gateway sends its subgraph fetches. */
export interface RouterContext {
  /** Absent only for development's landing page, which sends nothing to a subgraph. */
  viewer?: Viewer;
  /** Requests with equal keys may share a subgraph answer: the viewer's verified claims. */
  viewerKey: string;
  /** Headers every subgraph fetch of this request carries: the router's signed credential for the viewer. */
  subgraphHeaders: Record<string, string>;
}
