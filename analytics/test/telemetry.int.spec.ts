import { randomUUID } from 'node:crypto';
import { request } from 'node:http';
import { createGzip, gzipSync } from 'node:zlib';
import type { RunningServer } from '@plexus/host';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startStack, type Stack } from '@plexus/scripts/stack';
import { openAnalytics } from '../src/subgraph.ts';
import { startTelemetryHttp } from '../src/telemetry/telemetry-http.ts';
import { telemetryBatchSize } from '../src/telemetry/telemetry.service.ts';
import { maintainTelemetry } from '../src/telemetry/telemetry-maintenance.service.ts';

const hourMs = 3_600_000;
const dayMs = 24 * hourMs;
const today = Math.floor(Date.now() / dayMs) * dayMs;
const iso = (ms: number) => new Date(ms).toISOString();

let stack: Stack;
let orm: Awaited<ReturnType<typeof openAnalytics>>;
beforeAll(async () => {
  // No background projector, dashboard refresher or telemetry maintenance (the program's passes, or TimescaleDB's
  // policies on a server that preloads it): the statement counts below are the requests' own, and each maintenance
  // pass is the one a test runs.
  stack = await startStack({ seed: false, pollIntervalMs: 3_600_000 });
  orm = await openAnalytics(stack.database);
});
afterAll(async () => {
  await orm?.close();
  await stack?.stop();
});

const ingest = `mutation ($points: [TelemetryPointInput!]!) { ingestTelemetry(points: $points) { stored duplicates rejected { index reason } } }`;
const series = `query ($id: ID!, $metric: String!, $from: DateTime!, $to: DateTime!, $bucket: Int!, $fill: GapFill) {
  machine(id: $id) { id telemetry(metric: $metric, from: $from, to: $to, bucketSeconds: $bucket, fill: $fill) { time avg min max last count filled } }
}`;

interface Point {
  time: string;
  avg: number | null;
  min: number | null;
  max: number | null;
  last: number | null;
  count: number;
  filled: boolean;
}

async function ingestPoints(points: object[], role?: string) {
  const response = await stack.query(ingest, { points }, { role });
  return response;
}

async function telemetryOf(id: string, from: number, to: number, bucket: number, fill = 'NONE', metric = 'temperature'): Promise<Point[]> {
  const response = await stack.query(series, { id, metric, from: iso(from), to: iso(to), bucket, fill });
  expect(response.errors).toBeUndefined();
  return response.data.machine.telemetry;
}

function expectSameNumbers(actual: Point[], expected: Point[]) {
  expect(actual.map((point) => [point.time, point.count])).toEqual(expected.map((point) => [point.time, point.count]));
  actual.forEach((point, index) => {
    for (const field of ['avg', 'min', 'max', 'last'] as const) {
      const want = expected[index]![field];
      if (want === null) expect(point[field]).toBeNull();
      else expect(point[field]).toBeCloseTo(want, 9);
    }
  });
}

async function storedReadings(machineId: string): Promise<number> {
  const [row] = await stack.database.query<{ n: number }>('SELECT count(*)::int AS n FROM analytics.machine_telemetry WHERE machine_id = $1', [machineId]);
  return row!.n;
}

describe('ingesting telemetry through the graph', () => {
  it('stores the valid points, rejects each bad one with its index and reason, and stores nothing twice when resent', async () => {
    const machineId = randomUUID();
    const at = iso(today - hourMs);
    const points = [
      { machineId, metric: 'temperature', time: at, value: 70.5 },
      { machineId: 'press-7', metric: 'temperature', time: at, value: 70 },
      { machineId, metric: 'colour', time: at, value: 3 },
      { machineId, metric: 'pressure', time: at, value: null },
      { machineId, metric: 'pressure', time: iso(Date.now() + 3_600_000), value: 5 },
      { machineId, metric: 'pressure', time: 'last tuesday', value: 5 },
      { machineId, metric: 'pressure', time: at, value: 5.5 },
      { machineId, metric: 'temperature', time: at, value: 70.5 },
    ];
    const first = await ingestPoints(points);
    expect(first.errors).toBeUndefined();
    expect(first.data.ingestTelemetry).toEqual({
      stored: 2,
      duplicates: 1,
      rejected: [
        { index: 1, reason: 'machineId must be a UUID' },
        { index: 2, reason: 'unknown metric "colour"' },
        { index: 3, reason: 'value is missing' },
        { index: 4, reason: expect.stringContaining('more than 5 minutes in the future') },
        { index: 5, reason: 'time "last tuesday" is not an ISO 8601 time with an offset' },
      ],
    });
    const again = await ingestPoints(points);
    expect(again.data.ingestTelemetry).toMatchObject({ stored: 0, duplicates: 3 });
    expect(await storedReadings(machineId)).toBe(2);
  });

  it('forbids analysts to ingest and stores nothing for them', async () => {
    const machineId = randomUUID();
    const response = await ingestPoints([{ machineId, metric: 'speed', time: iso(today - hourMs), value: 1200 }], 'analyst');
    expect(response.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    expect(await storedReadings(machineId)).toBe(0);
  });

  it('lists the metrics it accepts', async () => {
    const response = await stack.query(`{ telemetryMetrics { name unit description } }`);
    expect(response.data.telemetryMetrics.map((metric: { name: string }) => metric.name)).toEqual(['temperature', 'pressure', 'speed', 'state', 'power', 'vibration']);
  });
});

describe('the NDJSON endpoint', () => {
  let endpoint: RunningServer;
  let operator: Record<string, string>;
  beforeAll(async () => {
    endpoint = await startTelemetryHttp(orm.em, 0, { authenticate: stack.authenticate });
    operator = { authorization: `Bearer ${await stack.tokenFor({ role: 'operator' })}` };
  });
  afterAll(async () => {
    await endpoint?.stop();
  });

  const post = (body: string, headers: Record<string, string> = {}) =>
    fetch(endpoint.url, { method: 'POST', headers: { 'content-type': 'application/x-ndjson', ...operator, ...headers }, body });

  it('numbers points by line, skips blank lines, rejects unreadable ones and stores the rest', async () => {
    const machineId = randomUUID();
    const lines = [
      JSON.stringify({ machineId, metric: 'speed', time: iso(today - 2 * hourMs), value: 1500 }),
      '',
      '{"machineId": "broken',
      JSON.stringify({ machineId, metric: 'state', time: iso(today - 2 * hourMs), value: 2.5 }),
      JSON.stringify({ machineId, metric: 'state', time: iso(today - 2 * hourMs), value: 2 }),
    ];
    const response = await post(lines.join('\n'));
    expect(response.status).toBe(200);
    expect(await response.json()).toEqual({
      stored: 2,
      duplicates: 0,
      rejectedCount: 2,
      rejected: [
        { index: 1, reason: 'not valid JSON' },
        { index: 2, reason: 'state must be a whole number' },
      ],
    });
    expect(await (await post(`${lines.join('\n')}\n`)).json()).toMatchObject({ stored: 0, duplicates: 2 });
  });

  it('refuses requests without a valid token with 401, analysts with 403, and other methods and paths', async () => {
    const machineId = randomUUID();
    const point = JSON.stringify({ machineId, metric: 'speed', time: iso(today - hourMs), value: 1 });
    for (const authorization of ['', 'Bearer not-a-token', `Bearer ${await stack.tokenFor({ role: 'operator' })}x`]) {
      const response = await post(point, { authorization });
      expect(response.status).toBe(401);
      expect(((await response.json()) as { error: { code: string } }).error.code).toBe('UNAUTHENTICATED');
    }
    const response = await post(point, { authorization: `Bearer ${await stack.tokenFor({ role: 'analyst' })}` });
    expect(response.status).toBe(403);
    expect(((await response.json()) as { error: { code: string } }).error.code).toBe('FORBIDDEN');
    expect(await storedReadings(machineId)).toBe(0);
    expect((await fetch(endpoint.url)).status).toBe(405);
    expect((await fetch(endpoint.url.replace('/telemetry', '/other'), { method: 'POST', body: '' })).status).toBe(404);
  });
});

describe('the NDJSON endpoint with gzip and a body limit', () => {
  let endpoint: RunningServer;
  let limited: RunningServer;
  let operator: Record<string, string>;
  const limit = 4096;
  beforeAll(async () => {
    endpoint = await startTelemetryHttp(orm.em, 0, { authenticate: stack.authenticate });
    operator = { authorization: `Bearer ${await stack.tokenFor({ role: 'operator' })}` };
    process.env.PLEXUS_TELEMETRY_MAX_BODY_BYTES = String(limit);
    try {
      limited = await startTelemetryHttp(orm.em, 0, { authenticate: stack.authenticate });
    } finally {
      delete process.env.PLEXUS_TELEMETRY_MAX_BODY_BYTES;
    }
  });
  afterAll(async () => {
    await endpoint?.stop();
    await limited?.stop();
  });

  const ndjson = (machineId: string, count: number, offset = 0) =>
    Array.from({ length: count }, (_, index) => `${JSON.stringify({ machineId, metric: 'speed', time: iso(today - dayMs + (offset + index) * 1000), value: 1000 + index })}\n`).join('');
  const post = (url: string, body: string | Buffer, headers: Record<string, string> = {}) =>
    fetch(url, { method: 'POST', headers: { 'content-type': 'application/x-ndjson', ...operator, ...headers }, body });

  it('takes a gzipped body and stores nothing twice when it is resent', async () => {
    const machineId = randomUUID();
    const body = gzipSync(ndjson(machineId, 300));
    const first = await post(endpoint.url, body, { 'content-encoding': 'gzip' });
    expect(first.status).toBe(200);
    expect(await first.json()).toEqual({ stored: 300, duplicates: 0, rejectedCount: 0, rejected: [] });
    expect(await (await post(endpoint.url, body, { 'content-encoding': 'gzip' })).json()).toMatchObject({ stored: 0, duplicates: 300 });
    expect(await storedReadings(machineId)).toBe(300);
  });

  it('refuses encodings other than gzip with 415, and a body that is not gzip with 400, storing nothing', async () => {
    const machineId = randomUUID();
    const refused = await post(endpoint.url, ndjson(machineId, 3), { 'content-encoding': 'br' });
    expect(refused.status).toBe(415);
    expect(await refused.json()).toEqual({ error: { code: 'UNSUPPORTED_MEDIA_TYPE', message: 'Content-Encoding br is not supported: send gzip or no encoding' } });
    const garbled = await post(endpoint.url, ndjson(machineId, 3), { 'content-encoding': 'gzip' });
    expect(garbled.status).toBe(400);
    expect(await garbled.json()).toMatchObject({ error: { code: 'BAD_REQUEST' }, stored: 0 });
    expect(await storedReadings(machineId)).toBe(0);
  });

  it('refuses a body over PLEXUS_TELEMETRY_MAX_BODY_BYTES with 413, counting the bytes after decompression', async () => {
    const machineId = randomUUID();
    const small = ndjson(machineId, 10);
    expect(Buffer.byteLength(small)).toBeLessThan(limit);
    expect((await post(limited.url, small)).status).toBe(200);

    const large = ndjson(machineId, 100, 10);
    expect(Buffer.byteLength(large)).toBeGreaterThan(limit);
    const declared = await post(limited.url, large);
    expect(declared.status).toBe(413);
    expect(await declared.json()).toEqual({
      error: { code: 'PAYLOAD_TOO_LARGE', message: `The body is larger than ${limit} bytes (uncompressed): send the points in smaller batches` },
    });
    expect(await storedReadings(machineId)).toBe(10);

    // Small on the wire, too large unpacked: found out while reading, after whatever came before the limit was stored.
    const packed = gzipSync(large);
    expect(packed.length).toBeLessThan(limit);
    const unpacked = await post(limited.url, packed, { 'content-encoding': 'gzip' });
    expect(unpacked.status).toBe(413);
    const answer = (await unpacked.json()) as { error: { code: string }; stored: number };
    expect(answer.error.code).toBe('PAYLOAD_TOO_LARGE');
    expect(await storedReadings(machineId)).toBe(10 + answer.stored);
  });

  it('stores gzipped points as they stream in, before the body has ended', async () => {
    const machineId = randomUUID();
    const gzip = createGzip();
    const answer = new Promise<{ status: number; body: string }>((resolve, reject) => {
      const sending = request(endpoint.url, { method: 'POST', headers: { 'content-type': 'application/x-ndjson', 'content-encoding': 'gzip', ...operator } }, (response) => {
        let body = '';
        response.setEncoding('utf8').on('data', (chunk: string) => (body += chunk));
        response.on('end', () => resolve({ status: response.statusCode!, body }));
      });
      sending.on('error', reject);
      gzip.pipe(sending);
    });
    gzip.write(ndjson(machineId, telemetryBatchSize + 100));
    gzip.flush();
    // The first full batch is stored while the request is still open.
    await expect.poll(() => storedReadings(machineId), { timeout: 20_000 }).toBeGreaterThanOrEqual(telemetryBatchSize);
    gzip.end(ndjson(machineId, 50, telemetryBatchSize + 100));
    const { status, body } = await answer;
    expect(status).toBe(200);
    expect(JSON.parse(body)).toMatchObject({ stored: telemetryBatchSize + 150, duplicates: 0, rejectedCount: 0 });
  });
});

describe('reading telemetry series', () => {
  const start = today - 3 * dayMs;
  const end = start + 2 * dayMs;
  const machines = [randomUUID(), randomUUID()];

  beforeAll(async () => {
    // Two days of one reading a minute with a shape (daily wave, per-machine offset, a gap on day two) and a reading off the grid.
    const points: object[] = [];
    machines.forEach((machineId, machine) => {
      for (let time = start; time < end; time += 60_000) {
        if (time >= start + 30 * hourMs && time < start + 33 * hourMs) continue;
        const value = 60 + 10 * machine + 5 * Math.sin(time / 3_700_000) + ((time / 60_000) % 7) / 10;
        points.push({ machineId, metric: 'temperature', time: iso(time), value });
      }
    });
    const response = await ingestPoints(points);
    expect(response.data.ingestTelemetry).toMatchObject({ stored: points.length, duplicates: 0, rejected: [] });
  });

  it('gives the same numbers from the hourly and daily rollups as from raw readings, before and after they are materialized and after a late reading', async () => {
    const machineId = machines[1]!;
    const compare = async () => {
      // Ending 1 ms later makes the range unaligned, which sends the same buckets to the raw readings (plus one empty bucket at the end).
      for (const bucket of [3600, 7200, 86_400]) {
        const fromRollups = await telemetryOf(machineId, start, end, bucket);
        const fromRaw = (await telemetryOf(machineId, start, end + 1, bucket)).slice(0, -1);
        expect(fromRollups).toHaveLength((end - start) / (bucket * 1000));
        expectSameNumbers(fromRollups, fromRaw);
      }
    };
    await compare();
    expect((await telemetryOf(machineId, start, end, 86_400)).map((point) => point.count)).toEqual([1440, 1440 - 180]);
    await maintainTelemetry(orm.em.fork());
    await compare();
    // A reading behind the watermark: the rollups take it in at the next maintenance.
    expect((await ingestPoints([{ machineId, metric: 'temperature', time: iso(start + 30_000), value: 1000 }])).data.ingestTelemetry.stored).toBe(1);
    await maintainTelemetry(orm.em.fork());
    await compare();
    const [firstHour] = await telemetryOf(machineId, start, end, 3600);
    expect(firstHour).toMatchObject({ count: 61, max: 1000 });
  });

  it('fills gaps the same way from the rollups and from raw readings', async () => {
    const machineId = randomUUID();
    const readings = [
      [0, 10],
      [1, 20],
      [4, 50],
    ] as const;
    await ingestPoints(readings.map(([hour, value]) => ({ machineId, metric: 'pressure', time: iso(start + hour * hourMs + 60_000), value })));
    // Behind the rollups' watermark (maintenance ran above): they take these in at the next pass.
    await maintainTelemetry(orm.em.fork());
    const hours = (points: Point[]) => points.slice(0, 6).map((point) => [point.avg, point.last, point.count, point.filled]);
    for (const to of [start + 6 * hourMs, start + 6 * hourMs + 1]) {
      expect(hours(await telemetryOf(machineId, start, to, 3600, 'NONE', 'pressure'))).toEqual([
        [10, 10, 1, false],
        [20, 20, 1, false],
        [null, null, 0, false],
        [null, null, 0, false],
        [50, 50, 1, false],
        [null, null, 0, false],
      ]);
      expect(hours(await telemetryOf(machineId, start, to, 3600, 'PREVIOUS', 'pressure'))).toEqual([
        [10, 10, 1, false],
        [20, 20, 1, false],
        [20, 20, 0, true],
        [20, 20, 0, true],
        [50, 50, 1, false],
        [50, 50, 0, true],
      ]);
      expect(hours(await telemetryOf(machineId, start, to, 3600, 'LINEAR', 'pressure'))).toEqual([
        [10, 10, 1, false],
        [20, 20, 1, false],
        [30, 30, 0, true],
        [40, 40, 0, true],
        [50, 50, 1, false],
        [null, null, 0, false],
      ]);
    }
  });

  it('fills the first buckets from the last reading before the range and the last ones towards the first reading after it, within a day', async () => {
    const machineId = randomUUID();
    const silent = randomUUID();
    await ingestPoints([
      { machineId, metric: 'pressure', time: iso(start + 1 * hourMs + 60_000), value: 20 },
      { machineId, metric: 'pressure', time: iso(start + 3 * hourMs + 60_000), value: 30 },
      { machineId, metric: 'pressure', time: iso(start + 6 * hourMs + 60_000), value: 60 },
      // 25 hours before the range: out of reach.
      { machineId: silent, metric: 'pressure', time: iso(start + 2 * hourMs - 25 * hourMs), value: 99 },
    ]);
    await maintainTelemetry(orm.em.fork());
    const from = start + 2 * hourMs;
    const hours = (points: Point[]) => points.slice(0, 4).map((point) => [point.avg, point.last, point.count, point.filled]);
    // Aligned to hours (from the hourly rollups), then 1 ms longer (from raw readings).
    for (const to of [start + 6 * hourMs, start + 6 * hourMs + 1]) {
      expect(hours(await telemetryOf(machineId, from, to, 3600, 'NONE', 'pressure'))).toEqual([
        [null, null, 0, false],
        [30, 30, 1, false],
        [null, null, 0, false],
        [null, null, 0, false],
      ]);
      expect(hours(await telemetryOf(machineId, from, to, 3600, 'PREVIOUS', 'pressure'))).toEqual([
        [20, 20, 0, true],
        [30, 30, 1, false],
        [30, 30, 0, true],
        [30, 30, 0, true],
      ]);
      // Hour 2 halfway between hour 1 (20) and hour 3 (30); hours 4 and 5 on the way from hour 3 to hour 6 (60).
      expect(hours(await telemetryOf(machineId, from, to, 3600, 'LINEAR', 'pressure'))).toEqual([
        [25, 25, 0, true],
        [30, 30, 1, false],
        [40, 40, 0, true],
        [50, 50, 0, true],
      ]);
      expect((await telemetryOf(silent, from, to, 3600, 'PREVIOUS', 'pressure')).every((point) => point.avg === null)).toBe(true);
    }
  });

  it('refuses more than 10,000 buckets, unknown metrics and malformed machine ids, and knows no machine it never heard from', async () => {
    const tooMany = await stack.query(series, { id: machines[0], metric: 'temperature', from: iso(start), to: iso(end), bucket: 10, fill: 'NONE' });
    expect(tooMany.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
    expect(tooMany.errors?.[0]?.message).toMatch(/17280 buckets asked for, at most 10000/);
    const unknownMetric = await stack.query(series, { id: machines[0], metric: 'colour', from: iso(start), to: iso(end), bucket: 3600 });
    expect(unknownMetric.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
    const malformed = await stack.query(`{ machine(id: "press-7") { id } }`);
    expect(malformed.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
    expect((await stack.query(`query ($id: ID!) { machine(id: $id) { id } }`, { id: randomUUID() })).data.machine).toBeNull();
  });

  it('reads the telemetry of many machines in a constant number of statements', async () => {
    const ids = Array.from({ length: 50 }, () => randomUUID());
    await ingestPoints(ids.map((machineId, index) => ({ machineId, metric: 'speed', time: iso(start + hourMs), value: 1000 + index })));
    await maintainTelemetry(orm.em.fork());
    const queryFor = (count: number, fill: string) =>
      `query ($from: DateTime!, $to: DateTime!) { ${ids
        .slice(0, count)
        .map((id, index) => `m${index}: machine(id: "${id}") { id telemetry(metric: "speed", from: $from, to: $to, bucketSeconds: 3600, fill: ${fill}) { avg } }`)
        .join(' ')} }`;
    // Background work left running only ever adds statements, so the fewest of five runs is the request's own.
    const measure = async (count: number, fill = 'NONE') => {
      let fewest = Number.POSITIVE_INFINITY;
      for (let attempt = 0; attempt < 5; attempt += 1) {
        const { statements } = await stack.database.statements.measure(async () => {
          const response = await stack.query(queryFor(count, fill), { from: iso(start), to: iso(start + 4 * hourMs) });
          expect(response.errors).toBeUndefined();
          expect(response.data[`m${count - 1}`].telemetry[1].avg).toBe(1000 + count - 1);
        }, 'analytics');
        fewest = Math.min(fewest, statements);
      }
      return fewest;
    };
    const five = await measure(5);
    const fifty = await measure(50);
    // One statement finds which machines analytics knows, one reads every machine's buckets (and, when filling gaps, its readings beside the range).
    expect(five).toBe(2);
    expect(fifty).toBe(2);
    expect(await measure(5, 'LINEAR')).toBe(2);
    expect(await measure(50, 'LINEAR')).toBe(2);
  });
});

describe('telemetry maintenance', () => {
  it('compresses old chunks on TimescaleDB, drops raw readings beyond retention and keeps their rollups', async () => {
    const machineId = randomUUID();
    const old = today - 20 * dayMs;
    await ingestPoints([
      { machineId, metric: 'vibration', time: iso(old + hourMs), value: 2 },
      { machineId, metric: 'vibration', time: iso(old + dayMs + hourMs), value: 4 },
      { machineId, metric: 'vibration', time: iso(today - dayMs + hourMs), value: 6 },
    ]);
    const kept = await maintainTelemetry(orm.em.fork(), { retentionDays: undefined });
    if (stack.database.timescale) {
      expect(kept.compressedChunks).toBeGreaterThanOrEqual(2);
      const [chunks] = await stack.database.query<{ compressed: number }>(
        "SELECT count(*)::int AS compressed FROM timescaledb_information.chunks WHERE hypertable_name = 'machine_telemetry' AND is_compressed",
      );
      expect(chunks!.compressed).toBeGreaterThanOrEqual(2);
    }
    // Compressed or not, raw readings and rollups agree.
    const daily = await telemetryOf(machineId, old, old + 2 * dayMs, 86_400, 'NONE', 'vibration');
    expect(daily.map((point) => [point.avg, point.count])).toEqual([
      [2, 1],
      [4, 1],
    ]);
    expectSameNumbers((await telemetryOf(machineId, old, old + 2 * dayMs + 1, 86_400, 'NONE', 'vibration')).slice(0, 2), daily);
    // Compressed chunks still refuse duplicates and take late readings.
    const late = await ingestPoints([
      { machineId, metric: 'vibration', time: iso(old + hourMs), value: 2 },
      { machineId, metric: 'vibration', time: iso(old + 2 * hourMs), value: 3 },
    ]);
    expect(late.data.ingestTelemetry).toMatchObject({ stored: 1, duplicates: 1 });
    // On TimescaleDB the late reading sits uncompressed in the compressed chunk (partial) until maintenance compresses it whole again.
    const chunkStatus = async () =>
      (
        await stack.database.query<{ status: number }>(
          `SELECT _timescaledb_functions.chunk_status(format('%I.%I', chunk_schema, chunk_name)::regclass) AS status
           FROM timescaledb_information.chunks WHERE hypertable_name = 'machine_telemetry' AND $1::timestamptz >= range_start AND $1::timestamptz < range_end`,
          [iso(old + 2 * hourMs)],
        )
      )[0]!.status;
    if (stack.database.timescale) expect(await chunkStatus()).toBe(1 + 8);
    const recompressed = await maintainTelemetry(orm.em.fork(), { retentionDays: undefined });
    if (stack.database.timescale) {
      expect(await chunkStatus()).toBe(1);
      expect(recompressed).toMatchObject({ compressedChunks: 0, recompressedChunks: 1 });
    } else expect(recompressed).toMatchObject({ compressedChunks: 0, recompressedChunks: 0 });
    expect((await telemetryOf(machineId, old, old + dayMs, 86_400, 'NONE', 'vibration'))[0]).toMatchObject({ avg: 2.5, count: 2 });

    const dropped = await maintainTelemetry(orm.em.fork(), { retentionDays: 10 });
    expect(dropped.droppedChunks).toBeGreaterThanOrEqual(2);
    expect(await storedReadings(machineId)).toBe(1);
    await maintainTelemetry(orm.em.fork(), { retentionDays: 10 });
    expect((await telemetryOf(machineId, old, old + 2 * dayMs, 86_400, 'NONE', 'vibration')).map((point) => [point.avg, point.count])).toEqual([
      [2.5, 2],
      [4, 1],
    ]);
  });
});
