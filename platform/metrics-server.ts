import express from 'express';
import { collectDefaultMetrics } from 'prom-client';
import { listen, Listening } from './http';
import { metricsRegistry } from './metrics';

let defaultMetricsCollected = false;

/**
 * Serves the process's metrics at /metrics in the Prometheus exposition format, on a port of its
 * own that is not the public one: METRICS_PORT (default 9464; 0 any free port; `off` none) on
 * METRICS_HOST (default 127.0.0.1). Null when switched off.
 */
export async function startMetricsServer(port = process.env.METRICS_PORT ?? '9464', host = process.env.METRICS_HOST ?? '127.0.0.1'): Promise<Listening | null> {
  if (port === 'off') return null;
  if (!/^\d+$/.test(port)) throw new Error(`METRICS_PORT must be a port number or "off", not "${port}"`);
  if (!defaultMetricsCollected) {
    collectDefaultMetrics({ register: metricsRegistry });
    defaultMetricsCollected = true;
  }
  const app = express();
  app.disable('x-powered-by');
  app.get('/metrics', async (_req, res) => {
    res.type(metricsRegistry.contentType).send(await metricsRegistry.metrics());
  });
  return listen(app, Number(port), host);
}
