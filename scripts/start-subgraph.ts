import { serveSubgraph } from '../hub/start-hub';
import { defaultSubgraphPort, subgraphNamed } from '../hub/subgraphs';
import { logger } from '../platform/logger';
import { onTermination } from './on-termination';
import { shutdownGraceFromEnv } from '../hub/operations-config';
import { startTelemetry } from '../platform/telemetry';

/** npm run start:subgraph -- <name>: one subgraph as its own process (production), on DATABASE_URL. */
async function main() {
  const name = process.argv[2];
  const databaseUrl = process.env.DATABASE_URL;
  if (!name || !databaseUrl) throw new Error('usage: DATABASE_URL=postgres://... npm run start:subgraph -- <dossiers|persons|risk|statistics|audit>');
  const definition = subgraphNamed(name);
  const telemetry = await startTelemetry(`safe-home-subgraph-${name}`);
  const { running, db } = await serveSubgraph(definition, databaseUrl, Number(process.env.PORT ?? defaultSubgraphPort(name)));
  logger.info({ subgraph: name, graphql: running.graphqlUrl }, 'subgraph is up');
  // Requests in flight finish (SHUTDOWN_GRACE_MS at most), the pool closes, then exit 0.
  onTermination(async () => {
    await running.close(shutdownGraceFromEnv(process.env));
    await db.destroy();
    await telemetry.stop();
  });
}

main().catch((error) => {
  logger.fatal({ err: error }, 'the subgraph could not start');
  process.exit(1);
});
