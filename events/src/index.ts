export * from './catalogue.ts';
export {
  recordEvents,
  readOrderEvents,
  readRecentEvents,
  readUnprocessedEvents,
  readKnownSubjects,
  readLatestEvents,
  readEventsAfter,
  markEventProcessed,
} from './event-store.ts';
export { findCommandReceipt, recordCommandReceipt, runOnce } from './command-receipt.ts';
export type { CommandReceipt } from './command-receipt.ts';
export type { StreamPosition } from './event-store.ts';
