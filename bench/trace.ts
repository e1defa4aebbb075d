import { parseArgs } from 'node:util';
import { execute, type EntityManager } from '@plexus/db';
import { openSubgraph } from '@plexus/host';
import { subgraph as mes } from '@plexus/mes';
import { traceLots, type TraceDirection } from '../subgraphs/mes/src/genealogy/genealogy.store.ts';
import { defaultServerUrls, openScratchDatabase, scratchTargets } from './scratch-database.ts';

/**
 * `npm run bench:trace -- [--links 1000000] [--levels 6] [--samples 50] [--database server|embedded|timescale|all|URL]`
 *
 * A genealogy of `--links` lot links in `--levels` levels of production
 * (every made lot consumed four lots of the level below, picked at random,
 * so components are shared and traces fan out both ways) is copied into
 * mes.lot_link of a scratch database; then lots are traced six levels deep
 * with mes' own query (genealogy.store.ts): backward from finished lots,
 * forward from raw lots. The baseline is the same query with index scans
 * switched off (every level a full scan of the links), timed in the same
 * run. The bar: a six-level trace ≤ 50 ms median on the PostgreSQL server.
 */
const { values } = parseArgs({
  options: {
    links: { type: 'string', default: '1000000' },
    levels: { type: 'string', default: '6' },
    samples: { type: 'string', default: '50' },
    database: { type: 'string', default: 'server' },
    'server-url': { type: 'string', default: defaultServerUrls.server },
    'timescale-url': { type: 'string', default: defaultServerUrls.timescale },
  },
});
const links = Number(values.links);
const levels = Number(values.levels);
const samples = Number(values.samples);
if (![links, levels, samples].every((value) => Number.isInteger(value) && value >= 1)) throw new Error('--links, --levels and --samples take whole numbers ≥ 1');
const fanIn = 4;
const baselineSamples = Math.min(5, samples);

/** mulberry32: the same genealogy every run. */
function seeded(seed: number) {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4_294_967_296;
  };
}

const lotsPerLevel = Math.ceil(links / fanIn / levels);
/** Lot `index` of `level` (0: raw material) as a UUID; a made lot's work order shares its number. */
const lotId = (level: number, index: number) => `00000000-0000-7000-8${level.toString(16).padStart(3, '0')}-${index.toString(16).padStart(12, '0')}`;
const workOrderId = (level: number, index: number) => `00000000-0000-7000-9${level.toString(16).padStart(3, '0')}-${index.toString(16).padStart(12, '0')}`;

async function load(database: Awaited<ReturnType<typeof openScratchDatabase>>['database']): Promise<number> {
  const random = seeded(20261130);
  let written = 0;
  let csv = '';
  let rows = 0;
  const flush = async () => {
    written += await database.copyRows('mes.lot_link', ['output_lot_id', 'input_lot_id', 'work_order_id', 'quantity'], csv);
    csv = '';
    rows = 0;
  };
  for (let level = 1; level <= levels && written + rows < links; level += 1) {
    for (let index = 0; index < lotsPerLevel && written + rows < links; index += 1) {
      const inputs = new Set<number>();
      while (inputs.size < fanIn) inputs.add(Math.floor(random() * lotsPerLevel));
      for (const input of inputs) {
        csv += `${lotId(level, index)},${lotId(level - 1, input)},${workOrderId(level, index)},${1 + Math.floor(random() * 20)}\n`;
        rows += 1;
      }
      if (rows >= 50_000) await flush();
    }
  }
  await flush();
  // What autovacuum does soon after a bulk load: statistics, and the visibility map index-only scans need.
  await database.query('VACUUM ANALYZE mes.lot_link');
  return written;
}

const percentile = (values: number[], share: number) => [...values].sort((a, b) => a - b)[Math.min(values.length - 1, Math.floor(values.length * share))]!;

async function time(em: EntityManager, lot: string, direction: TraceDirection, fullScan: boolean): Promise<{ ms: number; nodes: number }> {
  const started = performance.now();
  const nodes = fullScan
    ? await em.fork().transactional(async (tx) => {
        // The baseline: the planner may not use an index, so every level of the walk reads the whole table.
        await execute(tx, 'SET LOCAL enable_indexscan = off; SET LOCAL enable_bitmapscan = off; SET LOCAL enable_indexonlyscan = off');
        return traceLots(tx, lot, direction, levels);
      })
    : await traceLots(em.fork(), lot, direction, levels);
  return { ms: performance.now() - started, nodes: nodes.length };
}

console.log(`bench:trace: ${links.toLocaleString('en')} lot links in ${levels} levels (${fanIn} component lots per made lot), six-level traces; ${samples} samples, baseline ${baselineSamples}`);
for (const target of scratchTargets(values.database, { server: values['server-url'], timescale: values['timescale-url'] })) {
  const scratch = await openScratchDatabase(target);
  try {
    const orm = await openSubgraph(mes, scratch.database);
    try {
      const loadStarted = performance.now();
      const written = await load(scratch.database);
      const loadSeconds = (performance.now() - loadStarted) / 1000;
      const random = seeded(7);
      const pickLots = (level: number, count: number) => Array.from({ length: count }, () => lotId(level, Math.floor(random() * lotsPerLevel)));
      const cases = [
        { direction: 'BACKWARD' as const, lots: pickLots(levels, samples), from: `finished lots (level ${levels})` },
        { direction: 'FORWARD' as const, lots: pickLots(0, samples), from: 'raw lots (level 0)' },
      ];
      console.log(`\n${scratch.label}: ${written.toLocaleString('en')} links copied in ${loadSeconds.toFixed(1)} s\n`);
      console.log('| trace (depth ' + levels + ') | lots reached (median) | indexed median | indexed p95 | full-scan median | full scan / indexed |');
      console.log('|---|---:|---:|---:|---:|---:|');
      for (const { direction, lots, from } of cases) {
        await time(orm.em, lots[0]!, direction, false);
        const indexed = [];
        for (const lot of lots) indexed.push(await time(orm.em, lot, direction, false));
        const baseline = [];
        for (const lot of lots.slice(0, baselineSamples)) baseline.push(await time(orm.em, lot, direction, true));
        const median = percentile(indexed.map((sample) => sample.ms), 0.5);
        const scanMedian = percentile(baseline.map((sample) => sample.ms), 0.5);
        console.log(
          `| ${direction.toLowerCase()} from ${from} | ${percentile(indexed.map((sample) => sample.nodes), 0.5)} | ${median.toFixed(1)} ms | ${percentile(indexed.map((sample) => sample.ms), 0.95).toFixed(1)} ms | ${scanMedian.toFixed(1)} ms | ${(scanMedian / median).toFixed(0)}× |`,
        );
      }
    } finally {
      await orm.close();
    }
  } finally {
    await scratch.database.close();
    await scratch.drop();
  }
}
