import { createAuditLog } from '../subgraphs/audit/disclosure-log';
import { createDatabase } from '../subgraphs/common/database';
import { hubDatabase } from './database-url';

/** npm run audit:retention: purges disclosure-log lines older than AUDIT_RETENTION_YEARS (default 10), behind a checkpoint. */
async function main() {
  const years = Number(process.env.AUDIT_RETENTION_YEARS ?? 10);
  const { url, server } = await hubDatabase();
  const log = createAuditLog(createDatabase(url));
  try {
    const { purged, cutoff } = await log.purgeOlderThan(years);
    const chain = await log.verify();
    console.log(`disclosure log: ${purged} lines from before ${cutoff.toISOString()} purged; the chain from the checkpoint is ${chain.intact ? 'intact' : 'BROKEN'} (${chain.lines} lines)`);
    if (!chain.intact) process.exitCode = 2;
  } finally {
    await log.close();
    await server.stop();
  }
}

main().catch((error) => {
  console.error(error.message ?? error);
  process.exit(1);
});
