import { openDatabase } from '@plexus/db';
import { startErp } from './server.ts';

const database = await openDatabase({ url: process.env.DATABASE_URL });
const erp = await startErp(database, Number(process.env.ERP_PORT ?? 4002));
console.log(`erp subgraph at ${erp.url}`);
