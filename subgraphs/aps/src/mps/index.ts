export * from './mps.model.ts';
export { planMasterSchedule, mrpFeedFromMasterSchedule } from './mps.rules.ts';
