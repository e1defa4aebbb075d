/**
 * The inventory page's figures, from what the graph gives per item (COGS and
 * average inventory value over a window, KPIS.md) and per stock balance
 * (quantity of a lot at a location). Pure, so each rule has a spec.
 */

/** The windows the page offers, in days. */
export const windowChoices = [30, 90, 365] as const;

export interface Turns {
  days: number;
  costOfGoodsSold: number;
  averageInventoryValue: number;
  annualisedTurns: number | null;
  daysOfInventory: number | null;
}

export interface ItemFacts {
  id: string;
  sku: string;
  name: string;
  type: string;
  unitOfMeasure: string;
  standardCost: number;
  openDemand: number | null;
  inventoryTurns: Turns;
}

export interface Balance {
  quantity: number;
  item: { id: string };
  /** The graph's lot number is null for lots wms has not received, which hold no stock. */
  lot: { id: string; lotNumber: string | null; expiryDate: string | null };
  location: { warehouse: { id: string; code: string; name: string; site: { id: string } } };
}

/** KPIS.md: turns = COGS / average inventory value, annualised × 365 / days; DIO = days / turns. Sums, since averages over the same days add. */
export function combinedTurns(parts: readonly Turns[], days: number): Turns {
  const costOfGoodsSold = parts.reduce((sum, part) => sum + part.costOfGoodsSold, 0);
  const averageInventoryValue = parts.reduce((sum, part) => sum + part.averageInventoryValue, 0);
  const turns = averageInventoryValue > 0 ? costOfGoodsSold / averageInventoryValue : null;
  return {
    days,
    costOfGoodsSold,
    averageInventoryValue,
    annualisedTurns: turns === null ? null : (turns * 365) / days,
    daysOfInventory: turns ? days / turns : null,
  };
}

/** Items that held stock in the window, slowest first (nothing sold counts as 0 turns). */
export function rankedByTurns<Item extends ItemFacts>(items: readonly Item[]): Item[] {
  return items
    .filter((item) => item.inventoryTurns.averageInventoryValue > 0)
    .sort((a, b) => (a.inventoryTurns.annualisedTurns ?? 0) - (b.inventoryTurns.annualisedTurns ?? 0) || a.sku.localeCompare(b.sku));
}

/** Below this many turns a year an item is a slow mover: its stock lasts over half a year. */
export const slowMoverTurns = 2;

export function slowMovers<Item extends ItemFacts>(items: readonly Item[]): Item[] {
  return rankedByTurns(items).filter((item) => (item.inventoryTurns.annualisedTurns ?? 0) < slowMoverTurns);
}

/** On hand per item, over the warehouses of a site or all. */
export function onHandByItem(balances: readonly Balance[], siteId: string | null = null): Map<string, number> {
  const onHand = new Map<string, number>();
  for (const balance of balances) {
    if (siteId && balance.location.warehouse.site.id !== siteId) continue;
    onHand.set(balance.item.id, (onHand.get(balance.item.id) ?? 0) + balance.quantity);
  }
  return onHand;
}

/** Days of demand stock is meant to cover; beyond it (and open orders) stock is excess. */
export const coverDays = 90;

export interface Excess<Item> {
  item: Item;
  onHand: number;
  /** What the next `coverDays` need: the window's daily usage (COGS at standard cost) × coverDays, plus open order demand. */
  needed: number;
  quantity: number;
  value: number;
}

export function excessStock<Item extends ItemFacts>(items: readonly Item[], onHand: ReadonlyMap<string, number>): Excess<Item>[] {
  return items
    .map((item) => {
      const held = onHand.get(item.id) ?? 0;
      const { costOfGoodsSold, days } = item.inventoryTurns;
      const dailyUsage = item.standardCost > 0 && days > 0 ? costOfGoodsSold / item.standardCost / days : 0;
      const needed = dailyUsage * coverDays + (item.openDemand ?? 0);
      const quantity = Math.max(0, held - needed);
      return { item, onHand: held, needed, quantity, value: quantity * item.standardCost };
    })
    .filter((excess) => excess.quantity > 0)
    .sort((a, b) => b.value - a.value || a.item.sku.localeCompare(b.item.sku));
}

/** Lots expiring within this many days are listed, with those already expired. */
export const expiryHorizonDays = 30;

export interface ExpiringLot {
  lotNumber: string;
  expiryDate: string;
  itemId: string;
  warehouse: { code: string; name: string };
  quantity: number;
  /** Negative once expired. */
  daysLeft: number;
}

const dayNumber = (date: string) => Date.parse(`${date}T00:00:00Z`) / 86_400_000;

export function expiringLots(balances: readonly Balance[], today: string, siteId: string | null = null): ExpiringLot[] {
  const lots = new Map<string, ExpiringLot>();
  for (const balance of balances) {
    const { lot, location } = balance;
    if (!lot.expiryDate || (siteId && location.warehouse.site.id !== siteId)) continue;
    const daysLeft = dayNumber(lot.expiryDate) - dayNumber(today);
    if (daysLeft > expiryHorizonDays) continue;
    const key = `${lot.id} ${location.warehouse.id}`;
    const known = lots.get(key);
    if (known) known.quantity += balance.quantity;
    else lots.set(key, { lotNumber: lot.lotNumber ?? lot.id, expiryDate: lot.expiryDate, itemId: balance.item.id, warehouse: location.warehouse, quantity: balance.quantity, daysLeft });
  }
  return [...lots.values()].sort((a, b) => a.daysLeft - b.daysLeft || a.lotNumber.localeCompare(b.lotNumber));
}

export interface WarehousePosition {
  id: string;
  code: string;
  name: string;
  items: number;
  lots: number;
  quantity: number;
  /** On hand at standard cost. */
  value: number;
}

export function warehousePositions(balances: readonly Balance[], standardCost: ReadonlyMap<string, number>, siteId: string | null = null): WarehousePosition[] {
  const positions = new Map<string, WarehousePosition & { itemIds: Set<string>; lotIds: Set<string> }>();
  for (const balance of balances) {
    const { warehouse } = balance.location;
    if (siteId && warehouse.site.id !== siteId) continue;
    let position = positions.get(warehouse.id);
    if (!position) positions.set(warehouse.id, (position = { id: warehouse.id, code: warehouse.code, name: warehouse.name, items: 0, lots: 0, quantity: 0, value: 0, itemIds: new Set(), lotIds: new Set() }));
    position.itemIds.add(balance.item.id);
    position.lotIds.add(balance.lot.id);
    position.quantity += balance.quantity;
    position.value += balance.quantity * (standardCost.get(balance.item.id) ?? 0);
  }
  return [...positions.values()]
    .map(({ itemIds, lotIds, ...position }) => ({ ...position, items: itemIds.size, lots: lotIds.size }))
    .sort((a, b) => b.value - a.value || a.code.localeCompare(b.code));
}
