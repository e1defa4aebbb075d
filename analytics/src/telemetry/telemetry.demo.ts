import type { DemoStep, Simulation } from '@plexus/host';
import type { AnalyticsContext } from '../context.ts';
import { ingestTelemetryPoints } from './telemetry.service.ts';

const minuteMs = 60_000;
const dayMs = 86_400_000;
/** Minute readings for the last week: what the machine page zooms into; older history has states and OEE. */
const telemetryDays = 7;
/** Points per ingest call, as a gateway batches them. */
const batchSize = 5_000;
const ambientCelsius = 24;
/** Minutes for a machine to get two thirds of the way to its running (or resting) temperature. */
const thermalMinutes = 20;
/** Minutes before an unplanned failure in which bearings and tools shake harder: what condition monitoring looks for. */
const precursorMinutes = 45;
const precursorReasons = new Set(['MECHANICAL_FAILURE', 'ELECTRICAL_FAILURE', 'TOOL_BREAKAGE']);

/** How a machine of each work center (its code's prefix) runs. */
const profiles: Record<string, { rpm: number; celsius: number; vibration: number }> = {
  CNC: { rpm: 8_000, celsius: 58, vibration: 2.4 },
  GRIND: { rpm: 3_000, celsius: 64, vibration: 2.8 },
  PCB: { rpm: 1_200, celsius: 45, vibration: 0.9 },
  ASSY: { rpm: 600, celsius: 35, vibration: 1.6 },
  TEST: { rpm: 1_500, celsius: 40, vibration: 1.2 },
  PACK: { rpm: 900, celsius: 32, vibration: 2.0 },
};
const fallbackProfile = { rpm: 1_000, celsius: 40, vibration: 1.5 };

interface StateChange {
  machineId: string;
  timeMs: number;
  state: string;
  reason: string | null;
}

/**
 * The plant's sensors: each working minute of the last week, every machine
 * sends its spindle speed, temperature and vibration through telemetry
 * ingest, as its gateway would. The readings follow the machine's states
 * as mes recorded them (running hot and fast, resting cool and still), and
 * vibration climbs before a breakdown. Off shift the machines are silent.
 */
export const telemetryDemo: DemoStep<AnalyticsContext> = {
  after: ['mes'],
  async day(simulation, day) {
    const start = day.getTime();
    if (start <= simulation.today.getTime() - telemetryDays * dayMs) return;
    const end = Math.min(start + dayMs, simulation.now.getTime());
    const machines = await machinesOf(simulation);
    const changes = await stateChanges(simulation, start, end);
    const points: { machineId: string; metric: string; time: string; value: number }[] = [];
    for (const machine of machines) {
      const timeline = changes.filter((change) => change.machineId === machine.id);
      const failures = timeline.filter((change) => change.state === 'DOWN' && change.reason && precursorReasons.has(change.reason)).map((change) => change.timeMs);
      const profile = profiles[machine.code.split('-')[0]!] ?? fallbackProfile;
      let celsius = ambientCelsius;
      let current = 0;
      for (let time = start; time < end; time += minuteMs) {
        while (current + 1 < timeline.length && timeline[current + 1]!.timeMs <= time) current += 1;
        const change = timeline[current];
        if (!change || change.timeMs > time || change.state === 'OFF_SHIFT') {
          celsius = ambientCelsius;
          continue;
        }
        const running = change.state === 'RUNNING';
        const settingUp = change.state === 'IDLE' && change.reason === 'SETUP';
        const noise = () => simulation.random() - 0.5;
        celsius += ((running ? profile.celsius : ambientCelsius) - celsius) * (1 - Math.exp(-1 / thermalMinutes));
        const untilFailure = failures.find((failure) => failure > time && failure - time <= precursorMinutes * minuteMs);
        const wear = untilFailure === undefined ? 1 : 1 + 2.2 * (1 - (untilFailure - time) / (precursorMinutes * minuteMs));
        const iso = new Date(time).toISOString();
        const rpm = running ? profile.rpm * (1 + noise() * 0.06) : settingUp ? profile.rpm * 0.1 * (1 + noise() * 0.2) : 0;
        const vibration = running ? profile.vibration * wear * (1 + noise() * 0.15) : 0.15 + simulation.random() * 0.1;
        points.push(
          { machineId: machine.id, metric: 'speed', time: iso, value: Math.round(rpm) },
          { machineId: machine.id, metric: 'temperature', time: iso, value: Math.round((celsius + noise() * 0.6) * 10) / 10 },
          { machineId: machine.id, metric: 'vibration', time: iso, value: Math.round(vibration * 100) / 100 },
        );
      }
    }
    const ctx = simulation.at(new Date(end));
    for (let from = 0; from < points.length; from += batchSize) await ingestTelemetryPoints(ctx, points.slice(from, from + batchSize));
  },
};

/** The machines mes registered, by id and code. */
async function machinesOf(simulation: Simulation<AnalyticsContext>): Promise<{ id: string; code: string }[]> {
  return simulation.database.query<{ id: string; code: string }>(
    `SELECT subject_id::text AS id, payload->>'code' AS code FROM analytics.supply_chain_event WHERE type = 'mes.MachineRegistered' ORDER BY payload->>'code'`,
  );
}

/** Each machine's state in force at `start` and its changes until `end`, oldest first. */
async function stateChanges(simulation: Simulation<AnalyticsContext>, start: number, end: number): Promise<StateChange[]> {
  const rows = await simulation.database.query<{ machine_id: string; time: Date | string; state: string; reason: string | null }>(
    `SELECT payload->>'machineId' AS machine_id, time, payload->>'to' AS state, payload->>'reason' AS reason
       FROM analytics.supply_chain_event
      WHERE type = 'mes.MachineStateChanged' AND time >= $1::timestamptz - interval '7 days' AND time < $2::timestamptz
      ORDER BY payload->>'machineId', time, id`,
    [new Date(start).toISOString(), new Date(end).toISOString()],
  );
  const changes = rows.map((row) => ({ machineId: row.machine_id, timeMs: new Date(row.time).getTime(), state: row.state, reason: row.reason }));
  // Only the last change before the day matters of the week before it (a machine stays in a state for days only when idle or off).
  return changes.filter((change, index) => change.timeMs >= start || changes[index + 1]?.machineId !== change.machineId || changes[index + 1]!.timeMs >= start);
}
