import { BrokenCircuitError, CircuitBreakerPolicy, CircuitState } from 'cockatiel';
import type { Express } from 'express';
import type { AuditLog } from '../audit-log/disclosure-log';

export interface Readiness {
  /** Whether this process can serve now, and what says so. */
  check(): Promise<{ ready: boolean; checks: Record<string, string> }>;
  /** From now on, not ready: the process is stopping. */
  drain(): void;
}

/** Asks a subgraph whether it is ready, with a short timeout. */
async function subgraphReady(graphqlUrl: string): Promise<'ok' | 'unavailable' | 'unreachable'> {
  try {
    const response = await fetch(new URL('/health/ready', graphqlUrl), { signal: AbortSignal.timeout(2000) });
    return response.ok ? 'ok' : 'unavailable';
  } catch {
    return 'unreachable';
  }
}

/**
 * A subgraph's readiness as the gateway sees it. While its circuit is open, the question goes through
 * the breaker, so that once the circuit's pause is over the readiness probe is a fetch that may close
 * it, even while no partner asks anything of that subgraph.
 */
async function subgraphCheck(graphqlUrl: string, breaker: CircuitBreakerPolicy | undefined): Promise<string> {
  if (breaker?.state !== CircuitState.Open) return subgraphReady(graphqlUrl);
  try {
    const { readiness } = await breaker.execute(async () => {
      const readiness = await subgraphReady(graphqlUrl);
      return { readiness, status: readiness === 'ok' ? 200 : 503 };
    });
    return readiness;
  } catch (error) {
    if (error instanceof BrokenCircuitError) return 'circuit open';
    throw error;
  }
}

// Each probe would otherwise fan out to every subgraph and its database, unauthenticated: one check a second at most, shared.
const CHECK_REMEMBERED_MS = 1_000;

function rememberedFor<T>(ms: number, work: () => Promise<T>): () => Promise<T> {
  let remembered: { at: number; result: Promise<T> } | undefined;
  return () => {
    if (!remembered || Date.now() - remembered.at > ms) remembered = { at: Date.now(), result: work() };
    return remembered.result;
  };
}

/** Every subgraph's readiness, asked in parallel: what /health has always answered. */
export function subgraphHealth(subgraphUrls: Record<string, string>): () => Promise<{ healthy: boolean; subgraphs: Record<string, string> }> {
  return rememberedFor(CHECK_REMEMBERED_MS, async () => {
    const entries = await Promise.all(Object.entries(subgraphUrls).map(async ([name, url]) => [name, await subgraphReady(url)] as const));
    return { healthy: entries.every(([, status]) => status === 'ok'), subgraphs: Object.fromEntries(entries) };
  });
}

/**
 * The gateway can serve when it is not stopping, the disclosure log can be written (nothing is
 * released without it) and some subgraph answers. One subgraph down, or its circuit open, does not
 * make it unready: it still serves the other subgraphs' fields, and every replica would leave the
 * load balancer at once for what none of them can mend. The checks name each subgraph's state;
 * /health and the circuit metric say when one is down.
 */
export function gatewayReadiness(subgraphUrls: Record<string, string>, breakers: Record<string, CircuitBreakerPolicy>, audit: Pick<AuditLog, 'writable'>): Readiness {
  let draining = false;

  const check = rememberedFor(CHECK_REMEMBERED_MS, async () => {
    const [subgraphs, log] = await Promise.all([
      Promise.all(Object.entries(subgraphUrls).map(async ([name, url]) => [name, await subgraphCheck(url, breakers[name])] as const)),
      audit.writable().then(
        (writable) => (writable ? 'ok' : 'not writable'),
        () => 'unreachable',
      ),
    ]);
    const ready = log === 'ok' && subgraphs.some(([, status]) => status === 'ok');
    return { ready, checks: { ...Object.fromEntries(subgraphs), disclosureLog: log } };
  });

  return {
    drain: () => void (draining = true),
    async check() {
      if (draining) return { ready: false, checks: { process: 'stopping' } };
      return check();
    },
  };
}

/**
 * The probes of a process: /health/live answers while the process runs (a failing liveness probe
 * restarts it); /health/ready while it can serve (a failing readiness probe only takes it out of the
 * load balancer).
 */
export function serveHealth(app: Express, readiness: Readiness) {
  app.get('/health/live', (_req, res) => void res.json({ status: 'ok' }));
  app.get('/health/ready', async (_req, res) => {
    const { ready, checks } = await readiness.check();
    res.status(ready ? 200 : 503).json({ status: ready ? 'ok' : 'unavailable', checks });
  });
}
