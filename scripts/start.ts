import { hubAudience, identityConfigFromEnv, issuerOf } from '../identity/config';
import { ensurePostgres } from '../hub/postgres';
import { prepareDatabase } from '../hub/prepare-database';
import { startHub } from '../hub/start-hub';
import { createDatabase } from '../platform/database';
import { logFormat, logger } from '../platform/logger';
import { IdentityProcess, startIdentityProcess } from './identity-process';
import { onTermination } from './on-termination';
import { startTelemetry } from '../platform/telemetry';
import { refreshReportingViews } from '../subgraphs/statistics/refresh';

/**
 * npm start: the whole hub on this machine. Without DATABASE_URL it runs an embedded PostgreSQL
 * (data under .data/), migrates and seeds it on first start, and keeps the data across restarts.
 * Without AUTH_JWKS_URL it runs the development identity provider beside the hub (IDP_PORT, default
 * 4400) and the gateway trusts it.
 */
async function main() {
  const telemetry = await startTelemetry('safe-home-hub');
  const postgres = await ensurePostgres();
  let databaseUrl = process.env.DATABASE_URL;
  if (!databaseUrl) {
    await postgres.ensureDatabase('safehome');
    databaseUrl = postgres.urlFor('safehome');
  }
  logger.info({ postgres: postgres.description }, 'database server');
  const db = createDatabase(databaseUrl, { poolMax: 2 });
  await prepareDatabase(db);

  const external = Boolean(process.env.AUTH_JWKS_URL);
  const issuer = issuerOf(identityConfigFromEnv());
  const env = external ? process.env : { ...process.env, AUTH_ISSUER: issuer, AUTH_JWKS_URL: `${issuer}/jwks`, AUTH_AUDIENCE: hubAudience };
  const hub = await startHub({ databaseUrl, env });
  let provider: IdentityProcess | undefined;
  if (!external) {
    // The provider redirects staff back to the hub's pages: on the origin the hub listens on, unless HUB_ORIGIN says otherwise.
    // Its log goes through this process's output, in the same format.
    provider = await startIdentityProcess({ DATABASE_URL: databaseUrl, HUB_ORIGIN: process.env.HUB_ORIGIN ?? `http://127.0.0.1:${hub.gateway.port}`, LOG_FORMAT: logFormat() }, process.stdout);
  }
  // The statistics are snapshots: refresh them every STATISTICS_REFRESH_SECONDS (default 300).
  const refreshSeconds = Number(process.env.STATISTICS_REFRESH_SECONDS ?? 300);
  const refresher = setInterval(() => {
    refreshReportingViews(db).catch((error) => logger.error({ err: error }, 'statistics refresh failed'));
  }, refreshSeconds * 1000);
  logger.info({ graphql: hub.gateway.graphqlUrl, health: `${hub.gateway.url}/health`, identityProvider: provider?.issuer ?? env.AUTH_ISSUER }, 'Safe Home hub is up');

  onTermination(async () => {
    clearInterval(refresher);
    await hub.stop();
    await provider?.stop();
    await db.destroy();
    await postgres.stop();
    await telemetry.stop();
  });
}

main().catch((error) => {
  logger.fatal({ err: error }, 'the hub could not start');
  process.exit(1);
});
