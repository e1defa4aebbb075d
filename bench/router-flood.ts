import autocannon from 'autocannon';

/**
 * The attacker's side of `bench:router`'s flood test, run by it in its own
 * process at the lowest CPU priority: on this machine the attacker shares
 * the router's cores, which an attacker elsewhere would not. Reads the
 * target, token, hostile operations and duration as JSON on stdin; prints
 * the counts as JSON.
 */
const input = JSON.parse(await new Response(process.stdin as unknown as ReadableStream).text()) as { url: string; token: string; queries: string[]; seconds: number; connections: number };
const result = await autocannon({
  url: input.url,
  connections: input.connections,
  duration: input.seconds,
  requests: input.queries.map((query) => ({ method: 'POST', headers: { 'content-type': 'application/json', authorization: `Bearer ${input.token}` }, body: JSON.stringify({ query }) })),
});
console.log(JSON.stringify({ refused: result.non2xx, answered: result['2xx'], perSecond: result.requests.average }));
