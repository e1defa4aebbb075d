import { PlanningReadModels } from './20261130-0001-planning.ts';

/** Oldest first; applied by the program at start. */
export const apsMigrations = [PlanningReadModels];
