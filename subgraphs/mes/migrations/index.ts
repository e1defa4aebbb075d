import { ShopFloor } from './20261130-0001-shop-floor.ts';

/** Oldest first; applied by the program at start. */
export const mesMigrations = [ShopFloor];
