import { PlanningReadModels } from './20261130-0001-planning.ts';
import { ShopFloor } from './20261130-0002-shop-floor.ts';
import { PlanningSettings } from './20261130-0003-planning-settings.ts';
import { PurchasesFromPlan } from './20261130-0004-purchases-from-plan.ts';
import { SalesAndOperations } from './20261207-0001-sales-and-operations.ts';

/** Oldest first; applied by the program at start. */
export const apsMigrations = [PlanningReadModels, ShopFloor, PlanningSettings, PurchasesFromPlan, SalesAndOperations];
