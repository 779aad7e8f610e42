import { CircuitBreakerPolicy, CircuitState, circuitBreaker, ConsecutiveBreaker, handleWhen } from 'cockatiel';
import { logger } from '../platform/logger';
import { setCircuitState } from '../platform/metrics';
import { ClientDisconnectedError } from './request-scope';

export interface SubgraphResilience {
  /** SUBGRAPH_TIMEOUT_MS: the longest one subgraph fetch may take. */
  fetchTimeoutMs: number;
  /** REQUEST_DEADLINE_MS: the longest a whole request's subgraph fetches may run; after it, every open fetch is abandoned. */
  requestDeadlineMs: number;
  /** CIRCUIT_BREAK_AFTER_FAILURES: consecutive failed fetches that open a subgraph's circuit. */
  breakAfterFailures: number;
  /** CIRCUIT_HALF_OPEN_AFTER_MS: how long an open circuit refuses fetches before one probe may pass. */
  halfOpenAfterMs: number;
}

export const defaultResilience: SubgraphResilience = { fetchTimeoutMs: 5_000, requestDeadlineMs: 10_000, breakAfterFailures: 5, halfOpenAfterMs: 10_000 };

/**
 * A circuit breaker for one subgraph: after a run of failed fetches (errors, timeouts, 5xx answers)
 * it refuses fetches at once, instead of making every request wait on a subgraph that is down, and
 * after a pause lets one fetch through as a probe: its success closes the circuit, its failure opens
 * it again. A fetch still open at its request's deadline counts against its subgraph; one abandoned
 * because its client went away does not.
 */
export function subgraphBreaker(subgraph: string, { breakAfterFailures, halfOpenAfterMs }: SubgraphResilience): CircuitBreakerPolicy {
  const breaker = circuitBreaker(
    handleWhen((error) => !(error instanceof ClientDisconnectedError)).orWhenResult((response) => (response as { status?: number }).status! >= 500),
    { halfOpenAfter: halfOpenAfterMs, breaker: new ConsecutiveBreaker(breakAfterFailures) },
  );
  setCircuitState(subgraph, 'closed');
  breaker.onStateChange((state) => {
    logger.warn({ subgraph, circuit: CircuitState[state] }, 'subgraph circuit changed state');
    setCircuitState(subgraph, state === CircuitState.Closed ? 'closed' : state === CircuitState.HalfOpen ? 'half-open' : 'open');
  });
  return breaker;
}
