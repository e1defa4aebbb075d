export * from './model.ts';
export { scheduleProduction, type EngineResult, type ScheduleOptions } from './engine.ts';
export { findViolations, assertFeasible } from './schedule-validator.ts';
export { dispatchingRules, type DispatchingRule } from './dispatching.rules.ts';
export { insertRushOrder, type RushOrderImpact } from './rush-order.ts';
export { seededRandom } from './random.ts';
