import type { DemoStep } from '@plexus/host';
import type { ScmContext } from './context.ts';

/** Carriers, lanes and the carriage of every shipment the demo company ships. */
export const scmDemo: DemoStep<ScmContext> = {
  after: ['wms'],
};
