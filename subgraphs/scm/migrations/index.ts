import { Transport } from './20261130-0001-transport.ts';

/** Oldest first; applied by the program at start. */
export const scmMigrations = [Transport];
