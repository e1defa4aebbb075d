import { parseArgs } from 'node:util';
import { openDatabase } from '@plexus/db';
import { discoverSubgraphs, openSubgraph } from '@plexus/host';
import { defaultDemo, simulateDemoCompany } from './stack.ts';

/**
 * `npm run simulate -- [--days N] [--seed S] [--machines M] [--orders N] [--size name=N …] [--data-dir DIR | --database-url URL]`
 *
 * Simulates the demo company's history through the real services into an
 * empty database: the one `npm start` uses unless told otherwise, so
 * `npm start` afterwards serves it. Same seed and sizes, same history.
 */
const { values } = parseArgs({
  options: {
    days: { type: 'string' },
    seed: { type: 'string' },
    machines: { type: 'string' },
    orders: { type: 'string' },
    size: { type: 'string', multiple: true },
    'data-dir': { type: 'string' },
    'database-url': { type: 'string' },
  },
});
const number = (name: string, text: string | undefined): number | undefined => {
  if (text === undefined) return undefined;
  const parsed = Number(text);
  if (!Number.isInteger(parsed) || parsed < 0) throw new Error(`--${name} takes a whole number, got ${text}`);
  return parsed;
};
const sizes: Record<string, number> = {};
for (const [name, text] of [['machines', values.machines], ['orders', values.orders]] as const) {
  const size = number(name, text);
  if (size !== undefined) sizes[name] = size;
}
for (const pair of values.size ?? []) {
  const [name, text] = pair.split('=');
  if (!name || text === undefined) throw new Error(`--size takes name=N, got ${pair}`);
  sizes[name] = number('size', text)!;
}

const dataDir = values['data-dir'] ?? process.env.PLEXUS_DATA_DIR ?? '.data/plexus';
const database = await openDatabase({ url: values['database-url'] ?? process.env.DATABASE_URL, dataDir });
try {
  const systems = await discoverSubgraphs();
  for (const { declaration } of systems) await (await openSubgraph(declaration, database)).close();
  const [row] = await database.query<{ events: number }>('SELECT count(*)::int AS events FROM analytics.supply_chain_event');
  if (row!.events > 0) {
    console.error(`The database already holds ${row!.events} events; simulate into an empty one (--data-dir, --database-url).`);
    process.exitCode = 1;
  } else {
    const started = Date.now();
    const days = number('days', values.days) ?? defaultDemo.days;
    await simulateDemoCompany(systems, database, { days, seed: number('seed', values.seed) ?? defaultDemo.seed, sizes, log: console.log });
    const [after] = await database.query<{ events: number }>('SELECT count(*)::int AS events FROM analytics.supply_chain_event');
    console.log(`simulated ${days} days in ${((Date.now() - started) / 1000).toFixed(1)} s: ${after!.events} events`);
  }
} finally {
  await database.close();
}
