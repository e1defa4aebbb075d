import type { Database } from '@plexus/db';

/**
 * What one system does in the simulated history of the demo company
 * (ARCHITECTURE.md, "Demo data is a simulation"): it calls its own services
 * at the moments things happen, never writing tables directly. The
 * simulation runs every system's `setUp`, then walks the days; after each
 * system's step it drains every system's event consumers, so what one system
 * did is heard by the others before the next one acts.
 */
export interface DemoStep<Context> {
  /** Systems whose steps must run before this one's, each day. */
  readonly after?: readonly string[];
  /** Before the first day: master data and standing arrangements. */
  setUp?(simulation: Simulation<Context>): Promise<void>;
  /** One simulated day (`day` is its midnight, UTC): what this system's people and machines did that day. */
  day?(simulation: Simulation<Context>, day: Date): Promise<void>;
}

/** A system's view of the running simulation. */
export interface Simulation<Context> {
  /** The last simulated day (its midnight, UTC); nothing happens after `now`. */
  readonly today: Date;
  /** The moment the simulation stops: events never lie in the future. */
  readonly now: Date;
  /** Midnight of the first simulated day. */
  readonly firstDay: Date;
  readonly days: number;
  /**
   * Something this system will do at `time` (a confirmation the next morning,
   * a shipment on its date): run in this system's step of that day, after
   * `day`, in time order. Nothing runs after `now`.
   */
  later(time: Date, action: () => Promise<void>): void;
  /** A seeded stream of this system's own, so adding a system leaves the others' histories unchanged. */
  random(): number;
  /** A size the caller set (`--machines 12`), else `fallback`. */
  size(name: string, fallback: number): number;
  /** This system's request context as of `time`, acting as the demo administrator. */
  at(time: Date): Context;
  /** What the simulated company knows across systems: the ids and plans people carry from one system to another. */
  readonly world: DemoWorld;
  /** For reads the services do not offer (never for writes). */
  readonly database: Database;
}

/** A typed name for one thing the simulated company knows (e.g. erp's items). */
export interface DemoKey<T> {
  readonly name: string;
  /** Never set: carries `T` so `world.get` is typed. */
  readonly type?: T;
}

export function demoKey<T>(name: string): DemoKey<T> {
  return { name };
}

export interface DemoWorld {
  set<T>(key: DemoKey<T>, value: T): void;
  /** Throws when nothing was set: a step read what an earlier step should have written. */
  get<T>(key: DemoKey<T>): T;
  find<T>(key: DemoKey<T>): T | undefined;
}
