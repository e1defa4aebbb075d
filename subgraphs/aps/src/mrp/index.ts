export * from './mrp.model.ts';
export { planMaterialRequirements, explodeGrossRequirements } from './mrp.rules.ts';
export { createEndDemandTrace, type EndDemandShare } from './pegging.rules.ts';
export { periodOf, weeklyPeriods } from './planning-horizon.rules.ts';
export { roundQuantity } from './quantity.rules.ts';
