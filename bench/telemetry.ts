import { spawn } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { openAnalytics } from '@plexus/analytics';
import { startTelemetryHttp } from '../analytics/src/telemetry/telemetry-http.ts';
import { maintainTelemetry } from '../analytics/src/telemetry/telemetry-maintenance.service.ts';
import { planTelemetryBuckets } from '../analytics/src/telemetry/telemetry-series.rules.ts';
import { createTelemetryLoaders } from '../analytics/src/telemetry/telemetry.service.ts';
import { defaultServerUrls, openScratchDatabase, scratchTargets, type ScratchDatabase } from './scratch-database.ts';

/**
 * `npm run bench:telemetry -- [--days 30] [--machines 50] [--database embedded|server|timescale|all|URL] [--server-url URL] [--timescale-url URL]`
 *
 * 50 machines × 4 metrics every 10 s for 30 days (51.84 M readings at full
 * scale) into analytics.machine_telemetry. Every day, half of the machines go
 * in by raw COPY and the other half through the NDJSON endpoint, posted by
 * curl as a gateway would, six hours per post (which goes first alternates by day), so both fill
 * the same chunks of the same table on the same database in the same run. Then one maintenance pass
 * (rollups, compression) and an hourly-bucket query over the whole range,
 * from the rollups and from raw readings. Each database is a scratch one:
 * an embedded database in a temporary folder, or a database created on the
 * server and dropped; `--database all` (the default) runs on the embedded
 * database, the PostgreSQL server (`--server-url`, default 127.0.0.1:5432)
 * and the PostgreSQL server with TimescaleDB (`--timescale-url`, default
 * 127.0.0.1:5433), one after the other. On the TimescaleDB server the
 * maintenance pass is its policies, run once now.
 */
const { values } = parseArgs({
  options: {
    days: { type: 'string', default: '30' },
    machines: { type: 'string', default: '50' },
    database: { type: 'string', default: 'all' },
    'server-url': { type: 'string', default: defaultServerUrls.server },
    'timescale-url': { type: 'string', default: defaultServerUrls.timescale },
  },
});
const days = Number(values.days);
const machineCount = Number(values.machines);
if (!Number.isInteger(days) || days < 1 || !Number.isInteger(machineCount) || machineCount < 1) throw new Error('--days and --machines take whole numbers ≥ 1');
const metrics = ['temperature', 'pressure', 'speed', 'state'] as const;
const intervalMs = 10_000;
const dayMs = 86_400_000;
/** A gateway posts six hours at a time: a day of 25 machines would exceed the endpoint's default 64 MiB body limit. */
const postMs = 6 * 3_600_000;
const end = Math.floor(Date.now() / dayMs) * dayMs;
const start = end - days * dayMs;
const machines = Array.from({ length: machineCount }, (_, index) => `00000000-0000-4000-8000-${String(index + 1).padStart(12, '0')}`);
// With one machine the COPY half is empty: the endpoint's rate is still measured, the ratio is not.
const copyMachines = machines.slice(0, Math.floor(machineCount / 2));
const httpMachines = machines.slice(Math.floor(machineCount / 2));

function reading(machine: number, metric: number, time: number): number {
  const phase = time / 3_600_000 + machine;
  switch (metrics[metric]) {
    case 'temperature':
      return Math.round((60 + 15 * Math.sin(phase / 4) + (time % 7)) * 100) / 100;
    case 'pressure':
      return Math.round((6 + Math.cos(phase)) * 1000) / 1000;
    case 'speed':
      return Math.round(1500 + 300 * Math.sin(phase / 2));
    default:
      return Math.floor(phase) % 5 === 0 ? 3 : 2;
  }
}

/** Readings of some machines over [from, until), as CSV (for COPY) or NDJSON (for the endpoint). */
function readingsBetween(from: number, until: number, ids: string[], format: 'csv' | 'ndjson'): { text: string; rows: number } {
  const lines: string[] = [];
  for (let time = from; time < until; time += intervalMs) {
    const at = new Date(time).toISOString();
    for (const id of ids) {
      const machine = machines.indexOf(id);
      for (let metric = 0; metric < metrics.length; metric += 1) {
        const value = reading(machine, metric, time);
        lines.push(format === 'csv' ? `${at},${id},${metrics[metric]},${value}` : `{"machineId":"${id}","metric":"${metrics[metric]}","time":"${at}","value":${value}}`);
      }
    }
  }
  return { text: lines.map((line) => `${line}\n`).join(''), rows: lines.length };
}

/**
 * A gateway sends from its own process: curl posts the file, so sending does
 * not take turns with the endpoint on this process's event loop.
 */
async function sendNdjson(url: string, file: string): Promise<{ stored: number; duplicates: number; rejectedCount: number }> {
  const curl = spawn('curl', ['-sS', '--fail', '-H', 'content-type: application/x-ndjson', '--data-binary', `@${file}`, url], { stdio: ['ignore', 'pipe', 'inherit'] });
  let output = '';
  curl.stdout.setEncoding('utf8').on('data', (chunk: string) => (output += chunk));
  const code = await new Promise<number | null>((resolve) => curl.once('close', resolve));
  if (code !== 0) throw new Error(`curl exited with ${code}`);
  return JSON.parse(output) as { stored: number; duplicates: number; rejectedCount: number };
}

const seconds = (ms: number) => (ms / 1000).toFixed(1);
const rate = (rows: number, ms: number) => (rows === 0 ? '—' : Math.round(rows / (ms / 1000)).toLocaleString('en'));
const median = (samples: number[]) => [...samples].sort((a, b) => a - b)[Math.floor(samples.length / 2)]!;

async function benchmark({ database, label }: ScratchDatabase) {
  const scratch = mkdtempSync(join(tmpdir(), 'plexus-bench-ndjson-'));
  const ndjsonFile = join(scratch, 'day.ndjson');
  const orm = await openAnalytics(database);
  // Ingest throughput, not sign-in: every request counts as a machine gateway's operator (tokens are verified once and remembered anyway).
  const endpoint = await startTelemetryHttp(orm.em, 0, { authenticate: async () => ({ role: 'operator' }) });
  try {
    if (!database.timescale) {
      // Raw COPY does not create partitions; the endpoint would. Creating them all first keeps the comparison about writing rows.
      const dayList = Array.from({ length: days + 1 }, (_, index) => new Date(start + index * dayMs).toISOString().slice(0, 10));
      await database.query(`SELECT analytics.ensure_machine_telemetry_partitions('{${dayList.join(',')}}'::date[])`);
    }
    let copyMs = 0;
    let copyRows = 0;
    let httpMs = 0;
    let httpRows = 0;
    let duplicates = 0;
    for (let day = start, index = 0; day < end; day += dayMs, index += 1) {
      const csv = readingsBetween(day, day + dayMs, copyMachines, 'csv');
      const copy = async () => {
        const began = performance.now();
        await database.copyRows('analytics.machine_telemetry', ['time', 'machine_id', 'metric', 'value'], csv.text);
        copyMs += performance.now() - began;
        copyRows += csv.rows;
      };
      const http = async () => {
        if (httpMachines.length === 0) return;
        for (let post = day; post < day + dayMs; post += postMs) {
          const ndjson = readingsBetween(post, post + postMs, httpMachines, 'ndjson');
          writeFileSync(ndjsonFile, ndjson.text);
          const began = performance.now();
          const result = await sendNdjson(endpoint.url, ndjsonFile);
          httpMs += performance.now() - began;
          if (result.stored + result.duplicates !== ndjson.rows || result.rejectedCount > 0) throw new Error(`endpoint answered ${JSON.stringify(result)} for ${ndjson.rows} rows`);
          httpRows += result.stored;
          duplicates += result.duplicates;
        }
      };
      if (index % 2 === 0) {
        await copy();
        await http();
      } else {
        await http();
        await copy();
      }
      process.stderr.write(`day ${index + 1}/${days}: COPY ${rate(copyRows, copyMs)} rows/s, HTTP ${rate(httpRows, httpMs)} rows/s\n`);
    }

    const maintenanceBegan = performance.now();
    const maintenance = await maintainTelemetry(orm.em.fork());
    const maintenanceMs = performance.now() - maintenanceBegan;

    // An hourly series over the whole range: the rollup path, and the same buckets from raw readings.
    const plan = planTelemetryBuckets(start, end, 3600);
    const args = { metric: 'temperature', from: new Date(start), to: new Date(end), bucketSeconds: 3600, fill: 'NONE' as const };
    const timeQuery = async (source: 'hourly' | 'raw', ids: string[]) => {
      const samples: number[] = [];
      let buckets = 0;
      for (let run = 0; run < 5; run += 1) {
        const loaders = createTelemetryLoaders(orm.em.fork());
        const began = performance.now();
        const series = await Promise.all(ids.map((id) => loaders.series(args, { ...plan, source }).load(id)));
        samples.push(performance.now() - began);
        buckets = series.reduce((sum, points) => sum + points.filter((point) => point.count > 0).length, 0);
      }
      return { ms: median(samples), buckets };
    };
    const rollupOne = await timeQuery('hourly', [machines[0]!]);
    const rawOne = await timeQuery('raw', [machines[0]!]);
    const rollupAll = await timeQuery('hourly', machines);
    const rawAll = await timeQuery('raw', machines);
    if (rollupOne.buckets !== rawOne.buckets || rollupAll.buckets !== rawAll.buckets) throw new Error('rollup and raw series disagree on the buckets with readings');

    console.log(`
Telemetry benchmark — ${label}
${machineCount} machines × ${metrics.length} metrics every ${intervalMs / 1000} s for ${days} days = ${(copyRows + httpRows).toLocaleString('en')} readings (${copyMachines.length} machines by COPY, ${httpMachines.length} by HTTP)

| ingest                                 | rows       | seconds | rows/s     |
|----------------------------------------|-----------:|--------:|-----------:|
| raw COPY into machine_telemetry        | ${copyRows.toLocaleString('en').padStart(10)} | ${seconds(copyMs).padStart(7)} | ${rate(copyRows, copyMs).padStart(10)} |
| NDJSON over HTTP (validated, idempotent) | ${httpRows.toLocaleString('en').padStart(10)} | ${seconds(httpMs).padStart(7)} | ${rate(httpRows, httpMs).padStart(10)} |
| **HTTP / COPY**                        |            |         | **${copyRows === 0 || httpRows === 0 ? '—' : `${((copyMs / copyRows / (httpMs / httpRows)) * 100).toFixed(0)} %`}** |

duplicates reported by the endpoint: ${duplicates}
maintenance pass (rollups${database.timescale ? `, compression of ${maintenance.compressedChunks} chunks` : ''}): ${seconds(maintenanceMs)} s

| hourly series over ${days} days (${plan.bucketCount} buckets), median of 5 | rollups   | raw rows  | raw / rollups |
|---------------------------------------------|----------:|----------:|--------------:|
| 1 machine                                   | ${rollupOne.ms.toFixed(1).padStart(6)} ms | ${rawOne.ms.toFixed(1).padStart(6)} ms | ${(rawOne.ms / rollupOne.ms).toFixed(1).padStart(12)}× |
| ${String(machineCount).padStart(2)} machines, one batched statement         | ${rollupAll.ms.toFixed(1).padStart(6)} ms | ${rawAll.ms.toFixed(1).padStart(6)} ms | ${(rawAll.ms / rollupAll.ms).toFixed(1).padStart(12)}× |
`);
  } finally {
    await endpoint.stop();
    await orm.close();
    await database.close();
    rmSync(scratch, { recursive: true, force: true });
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
