import { migrateAll } from '../hub/prepare-database';
import { yearsBefore } from '../audit-log/checkpoint';
import { appendInTransaction } from '../audit-log/append';
import { createAuditLog } from '../audit-log/disclosure-log';
import { createDatabase } from '../platform/database';
import { logLine } from './support/audit';
import { withScratchDatabase } from './support/database';



describe("the disclosure log's own retention", () => {
  it('purges only lines older than the period, as a prefix behind a checkpoint, and the chain still verifies', async () => {
    await withScratchDatabase('safehome_log_retention', async (url) => {
      const db = createDatabase(url);
      const log = createAuditLog(db);
      try {
        await migrateAll(db);
        for (const [at, id] of [['2010-03-01T10:00:00.000Z', 'a'], ['2011-03-01T10:00:00.000Z', 'b'], ['2012-03-01T10:00:00.000Z', 'c'], ['2020-03-01T10:00:00.000Z', 'd'], ['2026-11-01T10:00:00.000Z', 'e']]) {
          await log.append(logLine(at, id));
        }
        expect(await log.purgeOlderThan(10, new Date('2026-11-28T00:00:00Z'))).toEqual({ purged: 3, cutoff: new Date('2016-11-28T00:00:00Z') });
        expect((await db('audit.disclosures').orderBy('seq').select('requestId')).map((row) => row.requestId)).toEqual(['d', 'e']);
        expect(await db('audit.chain_checkpoints').select('seq', 'purgedLines')).toEqual([{ seq: 3, purgedLines: 3 }]);
        expect(await log.verify()).toEqual({ intact: true, lines: 2, roots: 5 });

        await log.append(logLine(new Date(), "f"));
        expect(await log.verify()).toEqual({ intact: true, lines: 3, roots: 6 });
        expect(await log.purgeOlderThan(10, new Date('2026-11-28T00:00:00Z'))).toMatchObject({ purged: 0 });

        // Outside a purge, or with a cutoff less than a year ago, nothing can be deleted.
        await expect(db('audit.disclosures').where({ requestId: 'd' }).delete()).rejects.toThrow(/append-only: DELETE/);
        await expect(
          db.transaction(async (trx) => {
            await trx.raw(`SELECT set_config('audit.purge_before', ?, true)`, [new Date().toISOString()]);
            await trx('audit.disclosures').where({ requestId: 'd' }).delete();
          }),
        ).rejects.toThrow(/append-only: DELETE/);
        await expect(db('audit.chain_checkpoints').delete()).rejects.toThrow(/append-only/);
        await expect(log.purgeOlderThan(0)).rejects.toThrow(/at least 1/);
      } finally {
        await log.close();
      }
    });
  });
});

describe('a large purge', () => {
  it('goes a chunk of batches at a time, each behind its own signed checkpoint, and the log still verifies', async () => {
    await withScratchDatabase('safehome_log_purge_chunks', async (url) => {
      const db = createDatabase(url);
      const log = createAuditLog(db);
      try {
        await migrateAll(db);
        // 1,005 batches of 2005, one line each, then one of today.
        await db.transaction(async (trx) => {
          for (let i = 0; i < 1005; i += 1) await appendInTransaction(trx, logLine(new Date(Date.UTC(2005, 0, 1, 0, 0, i)), `old-${i}`));
        });
        await log.append(logLine(new Date(), 'new'));
        expect(await log.purgeOlderThan(10, new Date('2026-11-28T00:00:00Z'))).toEqual({ purged: 1005, cutoff: new Date('2016-11-28T00:00:00Z') });
        expect(await db('audit.chain_checkpoints').orderBy('seq').select('rootSeq', 'purgedLines')).toEqual([{ rootSeq: 1000, purgedLines: 1000 }, { rootSeq: 1005, purgedLines: 5 }]);
        expect(await log.verify()).toEqual({ intact: true, lines: 1, roots: 1006 });
      } finally {
        await log.close();
      }
    });
  });
});

describe('a retention cutoff', () => {
  it('is the same moment years before; on 29 February the 28th, as PostgreSQL counts (the trigger compares with it)', () => {
    expect(yearsBefore(new Date('2028-02-29T10:00:00.000Z'), 1)).toEqual(new Date('2027-02-28T10:00:00.000Z'));
    expect(yearsBefore(new Date('2028-02-29T10:00:00.000Z'), 4)).toEqual(new Date('2024-02-29T10:00:00.000Z'));
    expect(yearsBefore(new Date('2026-11-28T00:00:00.000Z'), 10)).toEqual(new Date('2016-11-28T00:00:00.000Z'));
  });
});
