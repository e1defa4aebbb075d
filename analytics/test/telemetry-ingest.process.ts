import { openDatabase } from '@plexus/db';
import { startSubgraph } from '@plexus/host';
import { subgraph } from '../src/subgraph.ts';

/**
 * The analytics process for the kill-and-resend spec: on the database named
 * by PLEXUS_DATABASE_URL or PLEXUS_DATA_DIR, it prints its telemetry URL as
 * one JSON line and serves until killed.
 */
const database = await openDatabase({ url: process.env.PLEXUS_DATABASE_URL || undefined, dataDir: process.env.PLEXUS_DATA_DIR });
const analytics = await startSubgraph(subgraph, database, { port: 0 });
console.log(JSON.stringify({ telemetryUrl: analytics.endpoints.telemetry }));
process.on('SIGTERM', async () => {
  await analytics.stop();
  await database.close();
  process.exit(0);
});
