import { openDatabase } from '@plexus/db';
import { startWms } from './server.ts';

const database = await openDatabase({ url: process.env.DATABASE_URL });
const wms = await startWms(database, Number(process.env.WMS_PORT ?? 4003));
console.log(`wms subgraph at ${wms.url}`);
