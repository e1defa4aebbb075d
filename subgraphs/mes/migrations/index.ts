import { ShopFloor } from './20261130-0001-shop-floor.ts';
import { CoveringLotLinks } from './20261130-0002-covering-lot-links.ts';
import { SetupDowntimeReason } from './20261130-0003-setup-downtime-reason.ts';

/** Oldest first; applied by the program at start. */
export const mesMigrations = [ShopFloor, CoveringLotLinks, SetupDowntimeReason];
