export * from './catalogue.ts';
export {
  recordEvents,
  readOrderEvents,
  readRecentEvents,
  readKnownSubjects,
  readLatestEvents,
  readEventsAfter,
  onEventsRecorded,
} from './event-store.ts';
export type { StreamPosition } from './event-store.ts';
export { awaitCommitHorizon, consumeEvents, consumerBatchSize, defineConsumer, eventConsumerMigration, readCommitHorizon, readSetAsideEvents } from './event-consumer.ts';
export type { EventConsumer, EventOf } from './event-consumer.ts';
export { migrateEventStream } from './event-stream.ts';
export { findCommandReceipt, recordCommandReceipt, runOnce } from './command-receipt.ts';
export type { CommandReceipt } from './command-receipt.ts';
