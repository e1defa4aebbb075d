export * from './catalogue.ts';
export { recordEvents, readOrderEvents, readRecentEvents, readUnprocessedEvents, markEventProcessed } from './event-store.ts';
export { findCommandReceipt, recordCommandReceipt } from './command-receipt.ts';
export type { CommandReceipt } from './command-receipt.ts';
