import { Listening } from './http';
import { logger } from './logger';
import { startMetricsServer } from './metrics-server';
import { shutdownTracing, startTracing } from './tracing';

export interface Telemetry {
  /** The metrics endpoint, unless METRICS_PORT=off. */
  metrics: Listening | null;
  /** Closes the metrics endpoint and exports the spans still buffered: call it on shutdown. */
  stop(): Promise<void>;
}

/** What a hub process starts before it serves: tracing (platform/tracing.ts) and its metrics endpoint (platform/metrics-server.ts). */
export async function startTelemetry(serviceName: string): Promise<Telemetry> {
  startTracing({ serviceName });
  const metrics = await startMetricsServer();
  if (metrics) logger.info({ metrics: `${metrics.url}/metrics` }, 'metrics served');
  return {
    metrics,
    async stop() {
      await metrics?.close();
      await shutdownTracing();
    },
  };
}
