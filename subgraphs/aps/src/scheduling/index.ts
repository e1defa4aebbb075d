export * from './model.ts';
export { scheduleProduction, type EngineResult, type ScheduleOptions } from './engine.ts';
export type { SearchBudget, SearchProgress } from './tabu-search.ts';
export { findViolations, assertFeasible } from './schedule-validator.ts';
export { dispatchingRules, type DispatchingRule } from './dispatching.rules.ts';
export { evaluateRushOrder, insertRushOrder, type RushOrderImpact, type RushOrderOptions } from './rush-order.ts';
export { seededRandom } from './random.ts';
export { startScheduleRun, type RunProgress, type ScheduleRun, type ScheduleRunOptions } from './schedule-run.ts';
export { moveOperation, type ManualMove } from './manual-move.ts';
