import { createAuditLog } from '../audit-log/disclosure-log';
import { withHubDatabase } from './with-hub-database';

/** npm run audit:retention: purges disclosure-log lines older than AUDIT_RETENTION_YEARS (default 10), behind a checkpoint. */
withHubDatabase(async (db) => {
  const log = createAuditLog(db);
  const { purged, cutoff } = await log.purgeOlderThan(Number(process.env.AUDIT_RETENTION_YEARS ?? 10));
  const chain = await log.verify();
  console.log(`disclosure log: ${purged} lines from before ${cutoff.toISOString()} purged; the log is ${chain.intact ? 'intact' : `BROKEN at line ${chain.firstBroken!.seq}: ${chain.firstBroken!.reason}`} (${chain.lines} lines kept, under ${chain.roots} signed roots)`);
  if (!chain.intact) process.exitCode = 2;
});
