import { EventStream } from './20261124-0001-event-stream.ts';

/** Oldest first; applied by the program at start, before any subgraph writes an event. */
export const analyticsMigrations = [EventStream];
