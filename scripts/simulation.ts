import type { Database, EntityManager } from '@plexus/db';
import { drainConsumers, type DemoKey, type DemoWorld, type Simulation, type SubgraphDeclaration } from '@plexus/host';

/**
 * The demo company's history, simulated through the real services
 * (ARCHITECTURE.md, "Demo data is a simulation"): every system's demo step
 * sets up, then the days pass; each day every system acts in turn (systems
 * named in `after` first), and after each one every system's event consumers
 * hear what it did. Same seed and sizes, same history.
 */

const dayMs = 86_400_000;

export interface SimulatedSystem {
  readonly declaration: SubgraphDeclaration;
  /** The ORM root its services run on: a running subgraph's, or one opened for the simulation. */
  readonly em: EntityManager;
}

export interface SimulationOptions {
  /** The moment the history ends: nothing happens after it. */
  now: Date;
  /** Length of the history in days, ending today. */
  days: number;
  seed: number;
  /** Sizes the systems read with `simulation.size(name, fallback)` (`--machines 12`). */
  sizes?: Readonly<Record<string, number>>;
  log?: (line: string) => void;
}

/** A small, fast generator with 32 bits of state (mulberry32): enough for simulated behaviour, and reproducible from its seed. */
function seededRandom(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4_294_967_296;
  };
}

/** FNV-1a: each system's random stream depends on the seed and its own name only. */
function seedFor(seed: number, name: string): number {
  let hash = 0x811c9dc5 ^ seed;
  for (const char of name) hash = Math.imul(hash ^ char.charCodeAt(0), 0x01000193);
  return hash >>> 0;
}

function createWorld(): DemoWorld {
  const values = new Map<string, unknown>();
  return {
    set: (key, value) => void values.set(key.name, value),
    find: <T>(key: DemoKey<T>) => values.get(key.name) as T | undefined,
    get<T>(key: DemoKey<T>): T {
      if (!values.has(key.name)) throw new Error(`The simulation has no ${key.name} yet: the step that makes it must run first (demo.after)`);
      return values.get(key.name) as T;
    },
  };
}

/** Systems in the order their steps run each day: those a system names in `after` before it, otherwise by name. */
export function orderSystems<S extends { declaration: SubgraphDeclaration }>(systems: readonly S[]): S[] {
  const byName = new Map(systems.map((system) => [system.declaration.name, system]));
  const ordered: S[] = [];
  const visiting = new Set<string>();
  const visit = (system: S) => {
    const name = system.declaration.name;
    if (ordered.includes(system)) return;
    if (visiting.has(name)) throw new Error(`Demo steps wait on each other in a cycle through ${name}`);
    visiting.add(name);
    for (const before of system.declaration.demo?.after ?? []) {
      const earlier = byName.get(before);
      if (earlier) visit(earlier);
    }
    visiting.delete(name);
    ordered.push(system);
  };
  for (const system of [...systems].sort((a, b) => a.declaration.name.localeCompare(b.declaration.name))) visit(system);
  return ordered;
}

/** Runs the actions due before `until` in time order, including those they schedule for the same day. */
async function runAgenda(agenda: { time: number; order: number; action: () => Promise<void> }[], until: number): Promise<void> {
  for (;;) {
    agenda.sort((a, b) => a.time - b.time || a.order - b.order);
    if (!agenda[0] || agenda[0].time >= until) return;
    await agenda.shift()!.action();
  }
}

export async function runSimulation(systems: readonly SimulatedSystem[], database: Database, options: SimulationOptions): Promise<void> {
  const ordered = orderSystems(systems);
  const world = createWorld();
  const today = new Date(Math.floor(options.now.getTime() / dayMs) * dayMs);
  const firstDay = new Date(today.getTime() - (options.days - 1) * dayMs);
  const agendas = new Map<string, { time: number; order: number; action: () => Promise<void> }[]>();
  let scheduled = 0;
  const simulations = new Map(
    ordered.map(({ declaration, em }) => {
      const random = seededRandom(seedFor(options.seed, declaration.name));
      const agenda: { time: number; order: number; action: () => Promise<void> }[] = [];
      agendas.set(declaration.name, agenda);
      const simulation: Simulation<unknown> = {
        today,
        now: options.now,
        firstDay,
        days: options.days,
        random,
        later: (time, action) => {
          if (time.getTime() <= options.now.getTime()) agenda.push({ time: time.getTime(), order: (scheduled += 1), action });
        },
        size: (name, fallback) => options.sizes?.[name] ?? fallback,
        at: (time) => declaration.createContext(em, { role: 'admin' }, () => time),
        world,
        database,
      };
      return [declaration.name, simulation];
    }),
  );
  const drainAll = async () => {
    for (let consumed = -1; consumed !== 0; ) {
      consumed = 0;
      for (const { declaration, em } of ordered) consumed += await drainConsumers(declaration, em);
    }
  };
  for (const { declaration } of ordered) {
    await declaration.demo?.setUp?.(simulations.get(declaration.name)!);
    await drainAll();
  }
  for (let day = firstDay.getTime(); day <= today.getTime(); day += dayMs) {
    for (const { declaration } of ordered) {
      await declaration.demo?.day?.(simulations.get(declaration.name)!, new Date(day));
      await runAgenda(agendas.get(declaration.name)!, day + dayMs);
      await drainAll();
    }
    if ((day - firstDay.getTime()) / dayMs % 10 === 9) options.log?.(`simulated ${(day - firstDay.getTime()) / dayMs + 1} of ${options.days} days`);
  }
}
