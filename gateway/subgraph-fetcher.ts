import type { RemoteGraphQLDataSource } from '@apollo/gateway';
import { BrokenCircuitError, CircuitBreakerPolicy, CircuitState } from 'cockatiel';
import { Agent, Headers, request } from 'undici';
import { ClientDisconnectedError, requestSignal } from './request-scope';
import { SubgraphResilience } from './subgraph-breaker';

export type Fetcher = RemoteGraphQLDataSource['fetcher'];
type FetcherResponse = Awaited<ReturnType<Fetcher>>;

/** The largest subgraph answer read: each is held whole and parsed, so a runaway one would take the gateway's memory (768 Mi in deploy/) with it. */
export const MAX_SUBGRAPH_RESPONSE_BYTES = 32 * 1024 * 1024;

/**
 * One keep-alive agent for every subgraph call of the process: at most 64 connections to a
 * subgraph (more fetches queue), idle connections kept while the subgraph's Keep-Alive hint allows
 * (its servers say 65 s) and a minute at most.
 */
const agent = new Agent({ connections: 64, keepAliveTimeout: 30_000, keepAliveMaxTimeout: 60_000, maxResponseSize: MAX_SUBGRAPH_RESPONSE_BYTES });

/** A subgraph's answer, read whole: the gateway parses every body at once, and may read it again (clone). */
class SubgraphResponse implements FetcherResponse {
  readonly redirected = false;
  bodyUsed = false;

  constructor(
    readonly url: string,
    readonly status: number,
    readonly statusText: string,
    readonly headers: Headers,
    private readonly body: string,
  ) {}

  get ok() {
    return this.status >= 200 && this.status < 300;
  }

  async text() {
    this.bodyUsed = true;
    return this.body;
  }

  async json() {
    return JSON.parse(await this.text());
  }

  async arrayBuffer() {
    return new TextEncoder().encode(await this.text()).buffer;
  }

  clone() {
    return new SubgraphResponse(this.url, this.status, this.statusText, this.headers, this.body);
  }
}

/**
 * A subgraph that cannot be reached, or not in time, fails as it did with the default fetcher,
 * "request to <url> failed, reason: ...": gateway/errors.ts turns that into SUBGRAPH_UNAVAILABLE.
 */
class SubgraphUnreachableError extends Error {
  constructor(url: string, cause: unknown) {
    super(`request to ${url} failed, reason: ${(cause as Partial<Error> | undefined)?.message ?? String(cause)}`, { cause });
  }
}

class SubgraphTimeoutError extends Error {
  constructor(timeoutMs: number) {
    super(`no answer within ${timeoutMs} ms`);
  }
}

async function send(url: string, init: Parameters<Fetcher>[1] = {}, signal: AbortSignal): Promise<SubgraphResponse> {
  const response = await request(url, { dispatcher: agent, method: init.method ?? 'GET', headers: init.headers, body: init.body, signal });
  const headers = new Headers();
  for (const [name, value] of Object.entries(response.headers)) {
    for (const each of Array.isArray(value) ? value : value === undefined ? [] : [value]) headers.append(name, each);
  }
  return new SubgraphResponse(url, response.statusCode, response.statusText, headers, await response.body.text());
}

/**
 * A subgraph data source's fetcher: undici's request() instead of the default make-fetch-happen
 * (an HTTP cache layer, and a stack trace built per fetch by agent-base), the body sent as given (the
 * actor token carries its hash). Each fetch ends at its timeout, or earlier when its request's
 * deadline passes or its client disconnects (gateway/request-scope.ts), and goes through the
 * subgraph's circuit breaker.
 */
export function createSubgraphFetcher(breaker: CircuitBreakerPolicy, { fetchTimeoutMs }: Pick<SubgraphResilience, 'fetchTimeoutMs'>): Fetcher {
  return async (url, init) => {
    const requestEnds = requestSignal();
    try {
      requestEnds?.throwIfAborted();
      // A probe of a half-open circuit that its client abandons proves nothing: it counts as failed (the breaker
      // would take an error it does not count for a success, and close the circuit on a subgraph still down).
      const probe = breaker.state !== CircuitState.Closed;
      return await breaker.execute(() => {
        const timeout = new AbortController();
        const timer = setTimeout(() => timeout.abort(new SubgraphTimeoutError(fetchTimeoutMs)), fetchTimeoutMs);
        const signal = requestEnds ? AbortSignal.any([requestEnds, timeout.signal]) : timeout.signal;
        const why = () => (probe && signal.reason instanceof ClientDisconnectedError ? new Error('the probe was abandoned by its client') : signal.reason);
        return send(url, init, signal).catch((error) => Promise.reject(signal.aborted ? why() : error)).finally(() => clearTimeout(timer));
      });
    } catch (error) {
      throw new SubgraphUnreachableError(url, error instanceof BrokenCircuitError ? new Error('its circuit is open after repeated failures') : error);
    }
  };
}
