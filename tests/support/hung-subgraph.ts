import express from 'express';
import { listen } from '../../platform/http';

/**
 * Stands in for a subgraph that is ready by its probe but never answers a GraphQL fetch; it counts
 * the fetches it got and those given up on (their connection closed by the gateway).
 */
export async function hungSubgraph() {
  const app = express();
  const fetches = { received: 0, abandoned: 0 };
  app.get('/health/ready', (_req, res) => void res.json({ status: 'ok' }));
  app.post('/graphql', (req) => {
    fetches.received += 1;
    req.socket.once('close', () => (fetches.abandoned += 1));
  });
  return { fetches, listening: await listen(app, 0) };
}

/** Whether the condition holds within three seconds, looked at every 10 ms. */
export async function eventually(condition: () => boolean): Promise<boolean> {
  for (let tries = 0; tries < 300 && !condition(); tries += 1) await new Promise((resolve) => setTimeout(resolve, 10));
  return condition();
}
