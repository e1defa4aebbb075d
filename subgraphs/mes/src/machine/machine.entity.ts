import { defineEntity, p, type InferEntity } from '@mikro-orm/core';
import { machineStates } from './machine.rules.ts';

export const WorkCenterSchema = defineEntity({
  name: 'WorkCenter',
  tableName: 'work_center',
  properties: {
    id: p.uuid().primary(),
    code: p.string().unique(),
    name: p.string(),
    siteId: p.uuid(),
    createdAt: p.datetime(),
  },
});

export type WorkCenter = InferEntity<typeof WorkCenterSchema>;

export const MachineSchema = defineEntity({
  name: 'Machine',
  tableName: 'machine',
  properties: {
    id: p.uuid().primary(),
    code: p.string().unique(),
    name: p.string(),
    workCenterId: p.uuid(),
    siteId: p.uuid(),
    idealCycleSeconds: p.decimal('number').precision(12).scale(3),
    state: p.enum(machineStates),
    stateReason: p.string().nullable(),
    stateSince: p.datetime(),
    createdAt: p.datetime(),
  },
});

export type Machine = InferEntity<typeof MachineSchema>;

export const MachineStateChangeSchema = defineEntity({
  name: 'MachineStateChange',
  tableName: 'machine_state_change',
  properties: {
    id: p.uuid().primary(),
    machineId: p.uuid(),
    at: p.datetime(),
    fromState: p.enum(machineStates).nullable(),
    toState: p.enum(machineStates),
    reason: p.string().nullable(),
  },
});

export type MachineStateChange = InferEntity<typeof MachineStateChangeSchema>;
