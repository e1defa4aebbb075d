import type { IncomingHttpHeaders } from 'node:http';
import type { EntitySchema } from '@mikro-orm/core';
import type { BaseContext } from '@apollo/server';
import type { Database, EntityManager, MigrationClass } from '@plexus/db';
import type { EventConsumer } from '@plexus/events';
import type { DemoStep } from './demo.ts';
import type { StreamHandler } from './subgraph-server.ts';
import type { Viewer } from './viewer.ts';

/**
 * Everything the platform needs to know about one system, declared once in
 * its folder (`src/subgraph.ts`): composition, the stack runner, `npm start`,
 * codegen, type-checking and the demo simulation find it there, so adding a
 * system changes nothing outside its folder.
 */
export interface SubgraphDeclaration<Context extends BaseContext = any> {
  /** The system's name: its PostgreSQL schema, its service name in the supergraph, `<NAME>_PORT`. */
  readonly name: string;
  /** Where it listens unless `<NAME>_PORT` says otherwise; unique across systems (checked at discovery). */
  readonly defaultPort: number;
  /** The subgraph's SDL, `schema.graphql` at its package root: the source of truth. */
  readonly schema: URL;
  readonly entities: readonly EntitySchema<any, any>[];
  /** Its own schema's migrations, oldest first. Tables of shared mechanisms (document numbers, consumer checkpoints) are added by the host. */
  readonly migrations: readonly MigrationClass[];
  /** One codegen `Resolvers` map per feature, merged type by type; scalars the SDL declares are added by the host. */
  readonly resolvers: readonly object[];
  /** One per request (and per simulated moment): its own EntityManager fork, the viewer, the clock. */
  createContext(em: EntityManager, viewer: Viewer, now?: () => Date): Context;
  /** How it reacts to other systems' events; the host polls each one and the simulation drains them. */
  readonly consumers?: readonly EventConsumer[];
  /** Work that runs beside the GraphQL server for as long as it does (pollers, ingest endpoints). */
  background?(runtime: SubgraphRuntime): Promise<BackgroundWork> | BackgroundWork;
  /** What the system does in the demo company's simulated history. */
  readonly demo?: DemoStep<Context>;
  /** graphql-codegen settings of its resolver types, relative to `src/__generated__/`. */
  readonly codegen: { contextType: string; mappers?: Readonly<Record<string, string>> };
}

/** What background work gets from the host. */
export interface SubgraphRuntime {
  readonly name: string;
  readonly database: Database;
  /** The subgraph ORM's root EntityManager: fork it per unit of work. */
  readonly em: EntityManager;
  /** The port the GraphQL server listens on (assigned when 0 was asked for). */
  readonly port: number;
  /** A port for an extra endpoint: the GraphQL port + `offset`, or 0 (any free one) when the system was given a free port. */
  relatedPort(offset: number): number;
  /** How often a poller of this system should run: its own default, unless the stack asked everything to poll at one pace. */
  pollIntervalMs(ownDefaultMs: number): number;
  /**
   * Whether a poller may also wake at once when this process writes events
   * it listens to (analytics' exception inbox, so a browser hears within 2 s):
   * off when the stack paces polling for specs that count statements, where a
   * late wake-up would land in another request's count.
   */
  readonly reactsToWrites: boolean;
  /**
   * Who sent a request to an extra endpoint (telemetry ingest): its
   * `Authorization: Bearer` token, verified as the router verifies it (the
   * same issuer, audience and expiry). Throws an IdentityError, whose `code`
   * (UNAUTHENTICATED → 401, FORBIDDEN → 403) the endpoint answers with.
   */
  authenticate(headers: IncomingHttpHeaders): Promise<Viewer>;
}

export interface BackgroundWork {
  /** URLs of extra endpoints by name (e.g. `telemetry`), printed at start and offered to tests. */
  readonly endpoints?: Readonly<Record<string, string>>;
  /** Streams of server-sent events by name, served at `/streams/<name>` beside the graph to the router alone, which relays them to signed-in clients. */
  readonly streams?: Readonly<Record<string, StreamHandler>>;
  /** Brings what it derives from the event stream up to date now (projections), as a drain of the system's consumers does; returns the events it consumed. */
  drain?(): Promise<number>;
  stop(): Promise<void>;
}

/** Declares a system; the identity function gives the declaration its context type. */
export function defineSubgraph<Context extends BaseContext>(declaration: SubgraphDeclaration<Context>): SubgraphDeclaration<Context> {
  return declaration;
}
