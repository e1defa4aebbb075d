import { defineEntity, p, type InferEntity } from '@mikro-orm/core';
import { capaStatuses } from './capa.rules.ts';

export interface EffectivenessCheck {
  effective: boolean;
  note: string;
  checkedAt: string;
}

export const CapaSchema = defineEntity({
  name: 'Capa',
  tableName: 'capa',
  properties: {
    id: p.uuid().primary(),
    number: p.string().unique(),
    title: p.string(),
    problem: p.string(),
    status: p.enum(capaStatuses),
    whys: p.json<string[]>(),
    rootCause: p.string().nullable(),
    effectivenessChecks: p.json<EffectivenessCheck[]>(),
    openedAt: p.datetime(),
    openedBy: p.string().nullable(),
    closedAt: p.datetime().nullable(),
  },
});

export type Capa = InferEntity<typeof CapaSchema>;

export const CapaActionSchema = defineEntity({
  name: 'CapaAction',
  tableName: 'capa_action',
  properties: {
    id: p.uuid().primary(),
    capaId: p.uuid(),
    description: p.string(),
    owner: p.string(),
    dueDate: p.date(),
    status: p.enum(['OPEN', 'DONE'] as const),
    createdAt: p.datetime(),
    completedAt: p.datetime().nullable(),
  },
});

export type CapaAction = InferEntity<typeof CapaActionSchema>;
