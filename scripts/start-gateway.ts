import { startGateway } from '../gateway/create-gateway';
import { gatewayOptionsFromEnv } from '../hub/gateway-options';
import { logger } from '../platform/logger';
import { startTelemetry } from '../platform/telemetry';

/** npm run start:gateway: the gateway alone (production), with SUBGRAPH_<NAME>_URL pointing at the subgraphs. */
async function main() {
  const telemetry = await startTelemetry('safe-home-gateway');
  const { port, ...options } = await gatewayOptionsFromEnv();
  const gateway = await startGateway(options, port);
  logger.info({ graphql: gateway.graphqlUrl }, 'gateway is up');
  // SIGTERM (Kubernetes) or SIGINT: requests in flight finish, the disclosure log's queue is written, then exit 0.
  const shutdown = async () => {
    logger.info('stopping: finishing requests in flight');
    await gateway.close();
    await telemetry.stop();
    process.exit(0);
  };
  process.once('SIGINT', shutdown);
  process.once('SIGTERM', shutdown);
}

main().catch((error) => {
  logger.fatal({ err: error }, 'the gateway could not start');
  process.exit(1);
});
