import { startGateway } from '../gateway/create-gateway';
import { gatewayOptionsFromEnv } from '../hub/gateway-options';
import { logger } from '../platform/logger';
import { onTermination } from './on-termination';
import { startTelemetry } from '../platform/telemetry';

/** npm run start:gateway: the gateway alone (production), with SUBGRAPH_<NAME>_URL pointing at the subgraphs. */
async function main() {
  const telemetry = await startTelemetry('safe-home-gateway');
  const { port, ...options } = await gatewayOptionsFromEnv();
  const gateway = await startGateway(options, port);
  logger.info({ graphql: gateway.graphqlUrl }, 'gateway is up');
  // Requests in flight finish (SHUTDOWN_GRACE_MS at most), the disclosure log's queue is written, then exit 0.
  onTermination(async () => {
    await gateway.close();
    await telemetry.stop();
  });
}

main().catch((error) => {
  logger.fatal({ err: error }, 'the gateway could not start');
  process.exit(1);
});
