import type { DemoStep } from '@plexus/host';
import type { SrmContext } from './context.ts';

export const srmDemo: DemoStep<SrmContext> = {
  after: ['erp'],
};
