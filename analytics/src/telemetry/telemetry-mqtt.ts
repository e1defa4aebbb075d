import { connect, type IPublishPacket, type MqttClient } from 'mqtt';
import type { EntityManager } from '@plexus/db';
import { TelemetryIngest, type TelemetryIngestResult } from './telemetry.service.ts';

/** Machines (or their gateways) publish to plexus/telemetry/<machineId>. */
export const telemetryTopicFilter = 'plexus/telemetry/+';

export interface TelemetryMqttOptions {
  /** mqtt://host:port of the broker (PLEXUS_MQTT_URL). */
  url: string;
  /**
   * The broker keeps this client's subscription and its unacknowledged QoS 1
   * messages while it is away (a persistent session), so nothing published
   * during a restart is lost. Two processes must not share one id.
   */
  clientId: string;
  /** Called after each message is stored (tests, logs). */
  onIngested?: (topic: string, result: TelemetryIngestResult) => void;
}

export interface TelemetrySubscriber {
  readonly client: MqttClient;
  /** Resolves once the broker has granted the subscription: from then on, what is published reaches this subscriber. */
  readonly subscribed: Promise<void>;
  stop(): Promise<void>;
}

/** Each message is NDJSON: one point per line, machineId optional (the topic names it). */
async function ingestMessage(em: EntityManager, topic: string, payload: Buffer): Promise<TelemetryIngestResult> {
  const ingest = new TelemetryIngest(em.fork(), { machineId: topic.split('/')[2], maxListedRejections: 20 });
  for (const line of payload.toString('utf8').split('\n')) {
    if (line.trim() === '') continue;
    let point: unknown;
    try {
      point = JSON.parse(line);
    } catch {
      await ingest.addUnreadable('not valid JSON');
      continue;
    }
    await ingest.add(point);
  }
  return ingest.finish();
}

/**
 * Subscribes with QoS 1 and acknowledges a message only once its points are
 * stored (mqtt.js sends PUBACK when `handleMessage` calls back), so a crash
 * before storing means redelivery, and redelivery means duplicates that the
 * store skips. Broker outages are survived by reconnecting every second;
 * database failures by retrying the message with backoff before acknowledging.
 */
export function startTelemetrySubscriber(em: EntityManager, options: TelemetryMqttOptions): TelemetrySubscriber {
  let stopped = false;
  let granted: () => void;
  const subscribed = new Promise<void>((resolve) => (granted = resolve));
  const client = connect(options.url, { clientId: options.clientId, clean: false, reconnectPeriod: 1000, connectTimeout: 5000 });
  client.on('connect', () => {
    // A resumed session keeps the subscription; subscribing again is harmless and covers a broker that lost it.
    client.subscribe(telemetryTopicFilter, { qos: 1 }, (error, grants) => {
      if (error) console.error('telemetry MQTT subscribe failed', error.message);
      // QoS 128 is the broker's refusal.
      else if (grants?.every((grant) => grant.qos !== 128)) granted();
      else console.error('telemetry MQTT subscription refused by the broker', grants);
    });
  });
  // Without a listener an 'error' event would end the process; the client reconnects by itself.
  client.on('error', (error) => console.error('telemetry MQTT:', error.message));
  client.handleMessage = (packet: IPublishPacket, done: (error?: Error) => void) => {
    const payload = Buffer.from(packet.payload);
    void (async () => {
      for (let attempt = 0; !stopped; attempt += 1) {
        try {
          const result = await ingestMessage(em, packet.topic, payload);
          if (result.rejectedCount > 0) console.warn(`telemetry MQTT ${packet.topic}: ${result.rejectedCount} point(s) rejected`, result.rejected);
          options.onIngested?.(packet.topic, result);
          done();
          return;
        } catch (error) {
          console.error(`telemetry MQTT ${packet.topic}: storing failed (attempt ${attempt + 1}), retrying`, error);
          await new Promise((resolve) => setTimeout(resolve, Math.min(30_000, 500 * 2 ** attempt)));
        }
      }
    })();
  };
  return {
    client,
    subscribed,
    async stop() {
      stopped = true;
      await client.endAsync();
    },
  };
}
