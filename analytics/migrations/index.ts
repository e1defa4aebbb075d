import { EventProjection } from './20261125-0001-event-projection.ts';
import { OrderFulfilment } from './20261125-0003-order-fulfilment.ts';
import { SupplyInventory } from './20261125-0004-supply-inventory.ts';
import { Production } from './20261125-0005-production.ts';
import { Telemetry } from './20261125-0002-telemetry.ts';
import { KpiSnapshot } from './20261125-0006-kpi-snapshot.ts';
import { CashToCash } from './20261126-0001-cash-to-cash.ts';
import { KpiRollups } from './20261126-0002-kpi-rollups.ts';
import { ProjectionCheckpoints } from './20261130-0001-projection-checkpoints.ts';
import { KpisThatTellTheTruth } from './20261130-0002-kpis-that-tell-the-truth.ts';
import { Exceptions } from './20261201-0001-exceptions.ts';

/** Oldest first; the event stream they read is `events/`' (migrated before any subgraph starts). */
export const analyticsMigrations = [EventProjection, OrderFulfilment, SupplyInventory, Production, Telemetry, KpiSnapshot, CashToCash, KpiRollups, ProjectionCheckpoints, KpisThatTellTheTruth, Exceptions];
