import { gzipSync } from 'node:zlib';
import { parseArgs } from 'node:util';
import { catchUpProjections } from '../analytics/src/projection/event-projection.ts';
import { openAnalytics } from '../analytics/src/subgraph.ts';
import { launchChromium, serveControlTower } from '../control-tower/test/harness.ts';
import { startStack } from '@plexus/scripts/stack';
import { loadEvents } from './event-loader.ts';
import { defaultServerUrls, openScratchDatabase, scratchTargets, type ScratchDatabase } from './scratch-database.ts';
import { generateHistory } from './supply-chain-history.ts';

/**
 * `npm run bench:dashboard -- [--orders N] [--days N] [--database embedded|server|timescale|all|URL] [--runs N]`
 *
 * Lays the same year of history as bench:kpi (100,000 sales orders by
 * default) into a scratch database on the PostgreSQL server, brings the
 * projections up to date, serves the built control tower against the router,
 * and loads pages in Debian's Chromium, each run in a fresh browser context
 * (nothing cached): the largest contentful paint of the dashboard (bar: 1 s
 * median) and of a KPI page with its records (bar: 1.5 s), and the JavaScript
 * each page ships.
 */
const { values } = parseArgs({
  options: {
    orders: { type: 'string', default: '100000' },
    days: { type: 'string', default: '365' },
    machines: { type: 'string', default: '50' },
    database: { type: 'string', default: 'server' },
    'server-url': { type: 'string', default: defaultServerUrls.server },
    'timescale-url': { type: 'string', default: defaultServerUrls.timescale },
    runs: { type: 'string', default: '9' },
    seed: { type: 'string', default: '7' },
  },
});
const runs = Number(values.runs);
const median = (numbers: number[]) => [...numbers].sort((a, b) => a - b)[Math.floor(numbers.length / 2)]!;

const pages = [
  { label: 'dashboard (/)', path: '/', bar: 1000 },
  { label: 'KPI page with records (/kpi/perfect-order-rate?records=all)', path: '/kpi/perfect-order-rate?records=all', bar: 1500 },
  { label: 'inventory (/inventory)', path: '/inventory', bar: null },
];

async function benchmark(scratch: ScratchDatabase) {
  const { database } = scratch;
  console.log(`\n${scratch.label}: ${values.orders} sales orders over ${values.days} days`);
  const orm = await openAnalytics(database);
  let started = performance.now();
  let events = 0;
  const history = generateHistory({ orders: Number(values.orders), days: Number(values.days), end: new Date(), seed: Number(values.seed), machines: Number(values.machines) });
  for (let day = history.next(); !day.done; day = history.next()) {
    await loadEvents(database, day.value);
    events += day.value.length;
  }
  await catchUpProjections(orm.em, undefined, { waitMs: 1_800_000 });
  await database.query('ANALYZE');
  console.log(`  loaded and projected ${events} events in ${((performance.now() - started) / 1000).toFixed(1)} s`);

  // Nothing polls while pages are timed (see bench:kpi).
  const stack = await startStack({ database, seed: false, pollIntervalMs: 3_600_000 });
  const app = await serveControlTower(stack);
  const browser = await launchChromium();
  try {
    console.log(`  ${'page'.padEnd(64)} ${'LCP median ms'.padStart(14)} ${'bar ms'.padStart(7)} ${'JS kB'.padStart(7)} ${'JS kB gz'.padStart(9)}`);
    for (const target of pages) {
      const paints: number[] = [];
      let scripts = new Map<string, number>();
      let compressed = 0;
      for (let run = 0; run <= runs; run += 1) {
        const context = await browser.newContext({ viewport: { width: 1360, height: 900 } });
        const page = await context.newPage();
        const shipped = new Map<string, Buffer>();
        page.on('response', (response) => {
          if (response.request().resourceType() === 'script') void response.body().then((body) => shipped.set(response.url(), body), () => undefined);
        });
        started = performance.now();
        await page.goto(`${app.baseUrl}${target.path}`, { waitUntil: 'load' });
        await page.waitForSelector('html[data-hydrated]');
        // Written as page source: the bench is type-checked against Node's globals, not the browser's.
        const lcp = await page.evaluate<number>(
          `new Promise((resolve) => new PerformanceObserver((list) => resolve(list.getEntries().at(-1).startTime)).observe({ type: 'largest-contentful-paint', buffered: true }))`,
        );
        // The first load warms the server (connections, plans); it is not counted.
        if (run > 0) paints.push(lcp);
        await page.waitForLoadState('networkidle');
        scripts = new Map([...shipped].map(([url, body]) => [url, body.length]));
        compressed = [...shipped.values()].reduce((sum, body) => sum + gzipSync(body).length, 0);
        await context.close();
      }
      const bytes = [...scripts.values()].reduce((sum, size) => sum + size, 0);
      const lcp = median(paints);
      console.log(
        `  ${target.label.padEnd(64)} ${lcp.toFixed(0).padStart(14)} ${(target.bar ?? '—').toString().padStart(7)} ${(bytes / 1024).toFixed(1).padStart(7)} ${(compressed / 1024).toFixed(1).padStart(9)}` +
          (target.bar === null ? '' : lcp <= target.bar ? '  met' : '  NOT met'),
      );
    }
  } finally {
    await browser.close();
    app.stop();
    await stack.stop();
    await orm.close();
    await database.close();
  }
}

for (const target of scratchTargets(values.database, { server: values['server-url'], timescale: values['timescale-url'] })) {
  const scratch = await openScratchDatabase(target);
  try {
    await benchmark(scratch);
  } finally {
    await scratch.drop();
  }
}
