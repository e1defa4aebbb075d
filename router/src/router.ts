import { ApolloGateway, RemoteGraphQLDataSource } from '@apollo/gateway';
import { ApolloServer } from '@apollo/server';
import { startStandaloneServer } from '@apollo/server/standalone';
import { viewerRoleHeader, viewerSitesHeader, viewerSupplierHeader, viewerUserHeader, type RunningServer } from '@plexus/host';
import type { GraphQLFormattedError } from 'graphql';
import type { IncomingHttpHeaders } from 'node:http';
import { readFile } from 'node:fs/promises';
import { supergraphPath } from './composition.ts';

/** Who the client says it is, passed on as is until the router verifies tokens (issue #9). */
const viewerHeaders = [viewerRoleHeader, viewerUserHeader, viewerSupplierHeader, viewerSitesHeader];

interface RouterContext {
  headers: IncomingHttpHeaders;
}

export interface RouterOptions {
  port: number;
  /** Where each subgraph listens, by name; defaults to the URLs composed into the supergraph. */
  subgraphUrls?: Record<string, string>;
  host?: string;
}

/** Serves the composed `router/supergraph.graphql`; subgraph URLs can be overridden at start. */
export async function startRouter(options: RouterOptions): Promise<RunningServer> {
  const supergraphSdl = await readFile(supergraphPath, 'utf8');
  // Unless disabled, the gateway probes cloud metadata addresses and exports usage metrics to
  // Apollo; a control tower sends nothing off the machines it runs on.
  process.env.APOLLO_TELEMETRY_DISABLED = 'true';
  const gateway = new ApolloGateway({
    supergraphSdl,
    buildService: ({ name, url }) => {
      const target = options.subgraphUrls?.[name] ?? url ?? '';
      subgraphNames.set(target, name);
      return new RemoteGraphQLDataSource<RouterContext>({
        url: target,
        willSendRequest({ request, context }) {
          for (const header of viewerHeaders) {
            const value = context.headers?.[header];
            if (typeof value === 'string') request.http?.headers.set(header, value);
          }
        },
      });
    },
  });
  const subgraphNames = new Map<string, string>();
  const server = new ApolloServer<RouterContext>({
    gateway,
    includeStacktraceInErrorResponses: false,
    // The process that hosts the servers stops them in order on Ctrl-C; Apollo must not race it.
    stopOnTerminationSignals: false,
    formatError: (formatted) => {
      const { stacktrace: _stacktrace, exception: _exception, ...extensions } = formatted.extensions ?? {};
      const unreachable = /^request to (\S+) failed/.exec(formatted.message);
      if (unreachable) {
        // The fetch error names the subgraph's internal address; clients get its name only.
        const name = subgraphNames.get(unreachable[1]!) ?? 'a subgraph';
        return { message: `The ${name} service is unavailable; its fields are null`, extensions: { code: 'SUBGRAPH_UNAVAILABLE', serviceName: name } };
      }
      const rejected = (extensions.response as { body?: { errors?: GraphQLFormattedError[] } } | undefined)?.body?.errors?.[0];
      if (rejected) {
        // A subgraph refused the request as a whole (HTTP 400): a malformed scalar the router
        // passes through opaquely. The client gets the subgraph's reason, not its address.
        const code = rejected.extensions?.code;
        return { message: rejected.message, extensions: { code: code === 'GRAPHQL_VALIDATION_FAILED' || !code ? 'BAD_USER_INPUT' : code } };
      }
      return { ...formatted, extensions };
    },
  });
  const { url } = await startStandaloneServer(server, {
    listen: { port: options.port, host: options.host ?? process.env.PLEXUS_HOST ?? '127.0.0.1' },
    context: async ({ req }) => ({ headers: req.headers }),
  });
  return { url: `${url.replace(/\/$/, '')}/graphql`, stop: () => server.stop() };
}
