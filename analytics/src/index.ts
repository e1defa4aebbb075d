import { openDatabase } from '@plexus/db';
import { startAnalytics } from './server.ts';

const database = await openDatabase({ url: process.env.DATABASE_URL });
const analytics = await startAnalytics(database, Number(process.env.ANALYTICS_PORT ?? 4004));
console.log(`analytics subgraph at ${analytics.url}`);
