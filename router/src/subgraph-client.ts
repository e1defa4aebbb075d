import { RemoteGraphQLDataSource, type GraphQLDataSourceProcessOptions } from '@apollo/gateway';
import { GraphQLError } from 'graphql';
import { Pool } from 'undici';
import type { RouterContext } from './router-context.ts';

type GatewayResponse = Awaited<ReturnType<RemoteGraphQLDataSource['process']>>;

interface SubgraphAnswer {
  status: number;
  body: string;
}

export interface SubgraphClientOptions {
  name: string;
  url: string;
  /** How long a fetch may take, queueing included, before its fields are null with SUBGRAPH_TIMEOUT. */
  timeoutMs: number;
  /** Merge identical in-flight queries of viewers with the same claims into one subgraph request. */
  dedupe: boolean;
}

/**
 * Sends the gateway's subgraph fetches over a kept-alive connection pool of
 * its own per subgraph, so one that hangs only ties up its own connections
 * and its fetches give up after `timeoutMs` while the rest of the graph is
 * served. Identical query fetches in flight at once (a dashboard many people
 * watch) go out once per viewer key (the verified claims): the subgraph
 * answers once and each waiter parses its own copy, so no answer crosses
 * users or roles and no request's result is shared mutable state. Mutations
 * are never merged.
 */
export class SubgraphClient extends RemoteGraphQLDataSource<RouterContext> {
  readonly #name: string;
  readonly #path: string;
  readonly #pool: Pool;
  readonly #timeoutMs: number;
  readonly #dedupe: boolean;
  readonly #inFlight = new Map<string, Promise<SubgraphAnswer>>();

  constructor(options: SubgraphClientOptions) {
    super({ url: options.url });
    const url = new URL(options.url);
    this.#name = options.name;
    this.#path = `${url.pathname}${url.search}`;
    this.#pool = new Pool(url.origin, { connections: 64, keepAliveTimeout: 30_000 });
    this.#timeoutMs = options.timeoutMs;
    this.#dedupe = options.dedupe;
  }

  override async process(options: GraphQLDataSourceProcessOptions<RouterContext>): Promise<GatewayResponse> {
    const { request, context } = options;
    const body = JSON.stringify({ query: request.query, variables: request.variables, operationName: request.operationName });
    const headers: Record<string, string> = { 'content-type': 'application/json', ...context.subgraphHeaders };
    const mergeable = this.#dedupe && 'incomingRequestContext' in options && options.incomingRequestContext.operation?.operation === 'query';
    let answer: Promise<SubgraphAnswer>;
    if (mergeable) {
      const key = `${context.viewerKey}\n${body}`;
      const pending = this.#inFlight.get(key);
      if (pending) {
        answer = pending;
      } else {
        answer = this.#send(body, headers);
        this.#inFlight.set(key, answer);
        const forget = () => this.#inFlight.delete(key);
        answer.then(forget, forget);
      }
    } else {
      answer = this.#send(body, headers);
    }
    const { status, body: text } = await answer;
    let parsed: { data?: unknown; errors?: { message: string; extensions?: Record<string, unknown> }[] };
    try {
      parsed = JSON.parse(text);
    } catch {
      throw new GraphQLError(`The ${this.#name} service answered ${status} without a GraphQL body`, { extensions: { code: 'SUBGRAPH_BAD_RESPONSE', serviceName: this.#name } });
    }
    if (status >= 300) {
      const [first] = parsed.errors ?? [];
      if (status === 400 && first) {
        // A subgraph refused the request as a whole: a malformed scalar the router passes through opaquely.
        const code = first.extensions?.code;
        throw new GraphQLError(first.message, { extensions: { code: code === 'GRAPHQL_VALIDATION_FAILED' || typeof code !== 'string' ? 'BAD_USER_INPUT' : code } });
      }
      throw new GraphQLError(`The ${this.#name} service refused the request (${status})`, {
        extensions: { code: typeof first?.extensions?.code === 'string' ? first.extensions.code : 'SUBGRAPH_BAD_RESPONSE', serviceName: this.#name },
      });
    }
    return parsed as GatewayResponse;
  }

  async #send(body: string, headers: Record<string, string>): Promise<SubgraphAnswer> {
    const abort = new AbortController();
    const timer = setTimeout(() => abort.abort(), this.#timeoutMs);
    try {
      const response = await this.#pool.request({ path: this.#path, method: 'POST', headers, body, signal: abort.signal });
      return { status: response.statusCode, body: await response.body.text() };
    } catch {
      // Whatever the socket said names the subgraph's internal address: the client gets its name only.
      if (abort.signal.aborted) {
        throw new GraphQLError(`The ${this.#name} service did not answer within ${this.#timeoutMs} ms; its fields are null`, {
          extensions: { code: 'SUBGRAPH_TIMEOUT', serviceName: this.#name },
        });
      }
      throw new GraphQLError(`The ${this.#name} service is unavailable; its fields are null`, { extensions: { code: 'SUBGRAPH_UNAVAILABLE', serviceName: this.#name } });
    } finally {
      clearTimeout(timer);
    }
  }

  close(): Promise<void> {
    return this.#pool.close();
  }
}
