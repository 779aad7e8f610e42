import { createDatabase } from '../subgraphs/common/database';
import { refreshReportingViews } from '../subgraphs/statistics/refresh';
import { hubDatabase } from './database-url';

/** npm run statistics:refresh: recomputes the statistics snapshots now. */
async function main() {
  const { url, server } = await hubDatabase();
  const db = createDatabase(url);
  try {
    const started = Date.now();
    await refreshReportingViews(db);
    console.log(`statistics snapshots refreshed in ${Date.now() - started} ms`);
  } finally {
    await db.destroy();
    await server.stop();
  }
}

main().catch((error) => {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
});
