import { Quality } from './20261130-0001-quality.ts';

/** Oldest first; applied by the program at start. */
export const qmsMigrations = [Quality];
