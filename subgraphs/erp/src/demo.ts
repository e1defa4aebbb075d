import { demoKey, type DemoStep } from '@plexus/host';
import { setBillOfMaterials } from './bill-of-materials/bill-of-materials.service.ts';
import type { ErpContext } from './context.ts';
import { financeDay } from './finance/finance.demo.ts';
import { createItem } from './item/item.service.ts';
import { createProductFamily } from './product-family/product-family.service.ts';
import { setRouting } from './routing/routing.service.ts';
import { createSite } from './site/site.service.ts';

/** An item as the simulated company's people know it. */
export interface DemoItem {
  id: string;
  sku: string;
  standardCost: number;
}

/** What erp's master data gives the rest of the simulated company. */
export const demoSites = demoKey<{ plant: { id: string; code: string }; distribution: { id: string; code: string } }>('erp.sites');
export const demoItems = demoKey<{ raw: DemoItem[]; semiFinished: DemoItem[]; finished: DemoItem[] }>('erp.items');
/**
 * The shop floor as the process engineers writing routings know it: mes's
 * work centers (by code: CNC, GRIND, PCB, ASSY, TEST, PACK) and their
 * machines, told them when mes sets the plant up.
 */
export const demoShopFloor = demoKey<{ workCenters: { id: string; code: string; machineIds: string[] }[] }>('erp.shopFloor');

/** Which work centers make an item, in order: machined parts, boards, motors, assembled goods, and the filled lubricant. */
function routeOf(sku: string, type: 'SFG' | 'FG'): string[] {
  if (sku === 'SFG-PCB') return ['PCB', 'TEST'];
  if (sku === 'SFG-MOTOR') return ['ASSY', 'TEST'];
  if (type === 'SFG') return ['CNC', 'GRIND'];
  if (sku === 'LUBE-5L') return ['PACK'];
  return ['ASSY', 'TEST', 'PACK'];
}

const finishedGoods = [
  ['PUMP-C100', 'Centrifugal pump C100'],
  ['PUMP-C200', 'Centrifugal pump C200'],
  ['PUMP-D50', 'Dosing pump D50'],
  ['VALV-B25', 'Ball valve DN25'],
  ['VALV-B50', 'Ball valve DN50'],
  ['VALV-G80', 'Gate valve DN80'],
  ['FILT-S10', 'Strainer filter S10'],
  ['HEXC-P20', 'Plate heat exchanger P20'],
  ['MIXR-I40', 'Inline mixer I40'],
  ['SEAL-KIT', 'Mechanical seal service kit'],
  ['LUBE-5L', 'Synthetic pump lubricant 5 l'],
  ['CTRL-V2', 'Pump controller V2'],
] as const;

/** The finished goods' S&OP families, by SKU. */
const productFamilies = [
  ['PUMPS', 'Pumps and controllers', ['PUMP-C100', 'PUMP-C200', 'PUMP-D50', 'CTRL-V2']],
  ['VALVES', 'Valves and strainers', ['VALV-B25', 'VALV-B50', 'VALV-G80', 'FILT-S10']],
  ['PROCESS', 'Process equipment', ['HEXC-P20', 'MIXR-I40']],
  ['SERVICE', 'Service parts and consumables', ['SEAL-KIT', 'LUBE-5L']],
] as const;

const semiFinished = [
  ['SFG-IMPELLER', 'Machined impeller'],
  ['SFG-HOUSING', 'Cast pump housing'],
  ['SFG-SHAFT', 'Ground drive shaft'],
  ['SFG-BODY25', 'Valve body DN25'],
  ['SFG-BODY50', 'Valve body DN50'],
  ['SFG-PLATEPK', 'Heat exchanger plate pack'],
  ['SFG-PCB', 'Controller board assembly'],
  ['SFG-MOTOR', 'Motor assembly 2.2 kW'],
] as const;

const rawMaterials = [
  'Stainless steel bar 316L',
  'Cast iron GG25 blank',
  'Bronze ingot',
  'EPDM O-ring set',
  'FKM gasket',
  'Ball bearing 6205',
  'Copper winding wire',
  'Electrical steel laminations',
  'Printed circuit board blank',
  'Microcontroller STM32',
  'Hex bolt M10',
  'Hex nut M10',
  'Stainless sheet 0.6 mm',
  'PTFE seat ring',
  'Paint RAL 5010',
  'Carton box L',
  'Pallet EUR',
  'Synthetic base oil',
  'Additive package',
  'Steel drum 5 l',
] as const;

const cents = (value: number) => Math.round(value * 100) / 100;

/** The demo company's master data (a plant and a distribution centre, forty items in three levels of bills of materials, the finished goods in four S&OP families), and its finance department's days. */
export const erpDemo: DemoStep<ErpContext> = {
  async setUp(simulation) {
    const at = simulation.at(simulation.firstDay);
    const pick = <T>(values: readonly T[]): T => values[Math.floor(simulation.random() * values.length)]!;
    const plant = await createSite(at, { code: 'PLT-BER', name: 'Berlin plant', timeZone: 'Europe/Berlin' });
    const distribution = await createSite(at, { code: 'DC-RTM', name: 'Rotterdam distribution centre', timeZone: 'Europe/Amsterdam' });
    simulation.world.set(demoSites, { plant, distribution });

    const raw: DemoItem[] = [];
    for (const [index, name] of rawMaterials.entries()) {
      const sku = `RM-${String(index + 1).padStart(3, '0')}`;
      raw.push(await createItem(at, { sku, name, type: 'RM', unitOfMeasure: name === 'Synthetic base oil' ? 'L' : 'EA', standardCost: cents(0.2 + simulation.random() * 40) }));
    }
    const semi: DemoItem[] = [];
    for (const [sku, name] of semiFinished) {
      const item = await createItem(at, { sku, name, type: 'SFG', unitOfMeasure: 'EA', standardCost: cents(15 + simulation.random() * 120) });
      semi.push(item);
      const components = [...new Set([pick(raw), pick(raw), pick(raw)])];
      await setBillOfMaterials(at, item.id, components.map((component) => ({ componentId: component.id, quantityPer: 1 + Math.floor(simulation.random() * 4) })));
    }
    const finished: DemoItem[] = [];
    for (const [sku, name] of finishedGoods) {
      const item = await createItem(at, { sku, name, type: 'FG', unitOfMeasure: 'EA', standardCost: cents(60 + simulation.random() * 900) });
      finished.push(item);
      const components = [...new Set([pick(semi), pick(semi), pick(raw), pick(raw)])];
      await setBillOfMaterials(at, item.id, components.map((component) => ({ componentId: component.id, quantityPer: 1 + Math.floor(simulation.random() * 3) })));
    }
    for (const [code, name, skus] of productFamilies) {
      const itemIds = finished.filter((item) => (skus as readonly string[]).includes(item.sku)).map((item) => item.id);
      await createProductFamily(at, { code, name, unitOfMeasure: 'EA', itemIds });
    }
    simulation.world.set(demoItems, { raw, semiFinished: semi, finished });
  },

  /**
   * Each morning finance works through the day before (erp's step runs before the others' that day).
   * On the first day, once mes has set the plant up, every made item gets its routing.
   */
  async day(simulation, day) {
    await financeDay(simulation, day);
    const shopFloor = simulation.world.find(demoShopFloor);
    if (day.getTime() !== simulation.firstDay.getTime() || !shopFloor) return;
    const at = simulation.at(new Date(day.getTime() + 3_600_000));
    const { semiFinished: semi, finished } = simulation.world.get(demoItems);
    for (const [type, items] of [['SFG', semi], ['FG', finished]] as const) {
      for (const item of items) {
        const steps = routeOf(item.sku, type).flatMap((code, index) => {
          const workCenter = shopFloor.workCenters.find((candidate) => candidate.code === code);
          if (!workCenter) return [];
          // The preferred machine varies by item, so the load spreads over a work center's machines.
          const offset = Math.floor(simulation.random() * workCenter.machineIds.length);
          const machineIds = workCenter.machineIds.map((_, position) => workCenter.machineIds[(position + offset) % workCenter.machineIds.length]!);
          const runSecondsPerUnit =
            code === 'PACK' ? 20 + Math.round(simulation.random() * 20) : code === 'TEST' ? 30 + Math.round(simulation.random() * 60) : type === 'SFG' ? 60 + Math.round(simulation.random() * 120) : 180 + Math.round(simulation.random() * 240);
          return [{ sequence: (index + 1) * 10, workCenterId: workCenter.id, setupMinutes: 15 + Math.round(simulation.random() * 45), runSecondsPerUnit, machineIds }];
        });
        if (steps.length > 0) await setRouting(at, item.id, steps);
      }
    }
  },
};
