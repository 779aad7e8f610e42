import { Counter, Gauge, Histogram, Registry } from 'prom-client';

/**
 * The hub's metrics, one registry per process (in `npm start` the gateway and every subgraph share
 * it). No label names a person, a record or an organisation: organisations only by their type,
 * operations by a bounded set of names (docs/METRICS.md says what each metric means).
 */
export const metricsRegistry = new Registry();

const seconds = [0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10];

/** How a /graphql request ended. */
export type RequestOutcome = 'ok' | 'forbidden-partial' | 'denied' | 'unauthenticated' | 'rate_limited' | 'rejected' | 'cancelled' | 'error';

export const gatewayRequests = new Counter({
  name: 'safehome_gateway_requests_total',
  help: 'GraphQL requests the gateway answered, by operation name (published ones; any other is "other"), organisation type and outcome',
  labelNames: ['operation', 'organisation_type', 'outcome'] as const,
  registers: [metricsRegistry],
});

export const gatewayRequestDuration = new Histogram({
  name: 'safehome_gateway_request_duration_seconds',
  help: 'Time from a /graphql request arriving to its response being sent, by operation name (published ones; any other is "other") and outcome',
  labelNames: ['operation', 'outcome'] as const,
  buckets: seconds,
  registers: [metricsRegistry],
});

export const forbiddenFields = new Counter({
  name: 'safehome_forbidden_fields_total',
  help: 'Fields answered null with FORBIDDEN, by schema coordinate and reason (no_rule, deny_rule, record_conditions)',
  labelNames: ['field', 'reason'] as const,
  registers: [metricsRegistry],
});

const rateLimited = new Counter({
  name: 'safehome_rate_limited_total',
  help: 'Requests refused with HTTP 429, by organisation type and the limit they hit',
  labelNames: ['organisation_type', 'limit'] as const,
  registers: [metricsRegistry],
});

/** Counts a request the rate limiter refused with 429 (`limit`: which one, e.g. rate or concurrency). */
export function countRateLimited(organisationType: string, limit: string): void {
  rateLimited.inc({ organisation_type: organisationType, limit });
}

export const subgraphFetchDuration = new Histogram({
  name: 'safehome_subgraph_fetch_duration_seconds',
  help: 'Time of one subgraph fetch by the gateway, by subgraph',
  labelNames: ['subgraph'] as const,
  buckets: seconds,
  registers: [metricsRegistry],
});

export const subgraphFetchErrors = new Counter({
  name: 'safehome_subgraph_fetch_errors_total',
  help: 'Subgraph fetches that failed, by subgraph and kind (unreachable: no answer; http: a 5xx answer)',
  labelNames: ['subgraph', 'kind'] as const,
  registers: [metricsRegistry],
});

const circuitState = new Gauge({
  name: 'safehome_subgraph_circuit_state',
  help: "The gateway's circuit breaker per subgraph: 0 closed, 1 half-open, 2 open",
  labelNames: ['subgraph'] as const,
  registers: [metricsRegistry],
});

const circuitStates = { closed: 0, 'half-open': 1, open: 2 } as const;

/** What the circuit breaker calls on every change of a subgraph's circuit. */
export function setCircuitState(subgraph: string, state: keyof typeof circuitStates): void {
  circuitState.set({ subgraph }, circuitStates[state]);
}

export const disclosureAppendDuration = new Histogram({
  name: 'safehome_disclosure_log_append_duration_seconds',
  help: "Time from a request's disclosure lines being queued to their batch being committed (or failing)",
  buckets: seconds,
  registers: [metricsRegistry],
});

export const disclosureBatchLines = new Histogram({
  name: 'safehome_disclosure_log_batch_lines',
  help: 'Lines written per disclosure-log batch (one transaction, one signed root)',
  buckets: [1, 5, 10, 25, 50, 100, 250, 500, 1000, 2500],
  registers: [metricsRegistry],
});

export const disclosureQueueDepth = new Gauge({
  name: 'safehome_disclosure_log_queue_depth',
  help: 'Requests whose disclosure lines wait for the next batch',
  registers: [metricsRegistry],
});

export const disclosureAppendFailures = new Counter({
  name: 'safehome_disclosure_log_append_failures_total',
  help: 'Requests whose disclosure lines could not be written (their responses were withheld)',
  registers: [metricsRegistry],
});

/** The connection pools the pool gauge reads at each scrape, by name; a pool that is gone is forgotten. */
export interface PoolUse {
  numUsed(): number;
  numFree(): number;
  numPendingAcquires(): number;
}
const pools = new Set<{ name: string; pool: () => PoolUse | undefined }>();

/** Reports a database pool (knex's tarn pool) under a name; pools of the same name are added up. */
export function watchPool(name: string, pool: () => PoolUse | undefined): void {
  pools.add({ name, pool });
}

new Gauge({
  name: 'safehome_db_pool_connections',
  help: 'Database connections per pool: used, free, and acquires waiting for one (pending)',
  labelNames: ['pool', 'state'] as const,
  registers: [metricsRegistry],
  collect() {
    this.reset();
    for (const watched of pools) {
      const pool = watched.pool();
      if (!pool) {
        pools.delete(watched);
        continue;
      }
      this.inc({ pool: watched.name, state: 'used' }, pool.numUsed());
      this.inc({ pool: watched.name, state: 'free' }, pool.numFree());
      this.inc({ pool: watched.name, state: 'pending' }, pool.numPendingAcquires());
    }
  },
});
