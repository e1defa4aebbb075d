import { openDatabase } from '@plexus/db';
import { startCrm } from './server.ts';

const database = await openDatabase({ url: process.env.DATABASE_URL });
const crm = await startCrm(database, Number(process.env.CRM_PORT ?? 4001));
console.log(`crm subgraph at ${crm.url}`);
