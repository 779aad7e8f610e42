import { context, propagation, SpanKind, SpanStatusCode, trace } from '@opentelemetry/api';
import { subgraphFetchDuration, subgraphFetchErrors } from '../platform/metrics';
import { tracer } from '../platform/tracing';
import type { Fetcher } from './subgraph-fetcher';

/**
 * A subgraph's fetcher, timed and traced: a client span per fetch, whose `traceparent` goes with
 * the fetch's headers (the actor token binds the body, not the headers), so the subgraph's work
 * joins the request's trace; its latency and failures are counted by subgraph.
 */
export function observedFetcher(subgraph: string, fetcher: Fetcher): Fetcher {
  return async (url, init = {}) => {
    const span = tracer.startSpan(`fetch ${subgraph}`, { kind: SpanKind.CLIENT, attributes: { 'safehome.subgraph': subgraph, 'http.request.method': init.method ?? 'GET' } });
    const headers = { ...init.headers };
    propagation.inject(trace.setSpan(context.active(), span), headers);
    const stopTimer = subgraphFetchDuration.startTimer({ subgraph });
    try {
      const response = await fetcher(url, { ...init, headers });
      span.setAttribute('http.response.status_code', response.status);
      if (response.status >= 500) {
        subgraphFetchErrors.inc({ subgraph, kind: 'http' });
        span.setStatus({ code: SpanStatusCode.ERROR });
      }
      return response;
    } catch (error) {
      subgraphFetchErrors.inc({ subgraph, kind: 'unreachable' });
      span.setStatus({ code: SpanStatusCode.ERROR });
      throw error;
    } finally {
      stopTimer();
      span.end();
    }
  };
}
