import { randomUUID } from 'node:crypto';
import { createServer, connect as connectTcp, type Server, type Socket } from 'node:net';
import { connectAsync, type MqttClient } from 'mqtt';
import { openTestDatabase, type Database } from '@plexus/db';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openAnalytics } from '../src/subgraph.ts';
import { startTelemetrySubscriber, type TelemetrySubscriber } from '../src/telemetry/telemetry-mqtt.ts';
import type { TelemetryIngestResult } from '../src/telemetry/telemetry.service.ts';

/**
 * The subscriber against the Mosquitto broker at 127.0.0.1:1883, reached
 * through a TCP relay the test can cut to simulate a broker outage.
 */
const brokerPort = 1883;

class BrokerRelay {
  #server: Server | undefined;
  readonly #sockets = new Set<Socket>();
  port = 0;
  async open(): Promise<void> {
    this.#server = createServer((client) => {
      const broker = connectTcp(brokerPort, '127.0.0.1');
      for (const socket of [client, broker]) {
        this.#sockets.add(socket);
        socket.on('error', () => undefined);
        socket.on('close', () => this.#sockets.delete(socket));
      }
      client.pipe(broker).pipe(client);
    });
    await new Promise<void>((resolve) => this.#server!.listen(this.port, '127.0.0.1', resolve));
    this.port = (this.#server!.address() as { port: number }).port;
  }
  async cut(): Promise<void> {
    for (const socket of this.#sockets) socket.destroy();
    await new Promise((resolve) => this.#server!.close(resolve));
  }
}

let database: Database;
let orm: Awaited<ReturnType<typeof openAnalytics>>;
let relay: BrokerRelay;
let subscriber: TelemetrySubscriber;
let publisher: MqttClient;
const clientId = `plexus-test-${randomUUID().slice(0, 8)}`;
const ingested: TelemetryIngestResult[] = [];

beforeAll(async () => {
  database = await openTestDatabase();
  orm = await openAnalytics(database);
  relay = new BrokerRelay();
  await relay.open();
  subscriber = startTelemetrySubscriber(orm.em, { url: `mqtt://127.0.0.1:${relay.port}`, clientId, onIngested: (_topic, result) => ingested.push(result) });
  await subscriber.subscribed;
  publisher = await connectAsync(`mqtt://127.0.0.1:${brokerPort}`, { clientId: `${clientId}-publisher` });
});
afterAll(async () => {
  await publisher?.endAsync();
  await subscriber?.stop();
  // Forget the persistent session on the broker.
  await (await connectAsync(`mqtt://127.0.0.1:${brokerPort}`, { clientId, clean: true })).endAsync();
  await relay?.cut().catch(() => undefined);
  await orm?.close();
  await database?.close();
});

async function readingsOf(machineId: string): Promise<{ metric: string; value: number }[]> {
  return database.query('SELECT metric, value FROM analytics.machine_telemetry WHERE machine_id = $1 ORDER BY metric', [machineId]);
}

const at = (offsetMs: number) => new Date(Date.now() - 60_000 + offsetMs).toISOString();

describe('the MQTT telemetry subscriber', () => {
  it('stores the points published to plexus/telemetry/<machine>, taking the machine from the topic, and rejects bad ones', async () => {
    const machineId = randomUUID();
    const message = [
      JSON.stringify({ metric: 'temperature', time: at(0), value: 71.25 }),
      JSON.stringify({ machineId, metric: 'pressure', time: at(0), value: 6.5 }),
      JSON.stringify({ machineId: randomUUID(), metric: 'speed', time: at(0), value: 1400 }),
    ].join('\n');
    await publisher.publishAsync(`plexus/telemetry/${machineId}`, message, { qos: 1 });
    await expect.poll(() => readingsOf(machineId), { timeout: 15_000 }).toEqual([
      { metric: 'pressure', value: 6.5 },
      { metric: 'temperature', value: 71.25 },
    ]);
    await expect.poll(() => ingested.length).toBeGreaterThan(0);
    expect(ingested.at(-1)).toMatchObject({ stored: 2, rejectedCount: 1, rejected: [{ index: 2, reason: expect.stringContaining("does not match the topic's machine") }] });
  });

  it('survives a broker outage and receives what was published meanwhile once it reconnects', async () => {
    const machineId = randomUUID();
    await relay.cut();
    await expect.poll(() => subscriber.client.connected).toBe(false);
    // Published while the subscriber is away: the broker keeps it for the persistent session.
    await publisher.publishAsync(`plexus/telemetry/${machineId}`, JSON.stringify({ metric: 'speed', time: at(0), value: 1450 }), { qos: 1 });
    await relay.open();
    await expect.poll(() => readingsOf(machineId), { timeout: 20_000 }).toEqual([{ metric: 'speed', value: 1450 }]);
    expect(subscriber.client.connected).toBe(true);
  });
});
