import { refreshReportingViews } from '../subgraphs/statistics/refresh';
import { withHubDatabase } from './with-hub-database';

/** npm run statistics:refresh: recomputes the statistics snapshots now. */
withHubDatabase(async (db) => {
  const started = Date.now();
  await refreshReportingViews(db);
  console.log(`statistics snapshots refreshed in ${Date.now() - started} ms`);
});
