import { Finance } from './20261130-0001-finance.ts';
import { ItemMaster } from './20261124-0001-item-master.ts';
import { ProductFamily } from './20261207-0001-product-family.ts';
import { Routing } from './20261130-0001-routing.ts';
import { ThreeWayMatchRoom } from './20261130-0002-three-way-match-room.ts';

/** Oldest first; applied by the program at start. */
export const erpMigrations = [ItemMaster, Routing, Finance, ThreeWayMatchRoom, ProductFamily];
