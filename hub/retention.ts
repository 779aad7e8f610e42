import { Knex } from 'knex';
import { anonymiseCaseContent, dossiersPastRetention, logRetention } from '../subgraphs/dossiers/repository';
import { logger } from '../platform/logger';
import { refreshReportingViews } from '../subgraphs/statistics/refresh';
import { anonymisePersonsOf } from '../subgraphs/persons/repository';
import { anonymiseAssessmentsOf } from '../subgraphs/risk/repository';

export interface RetentionOptions {
  /** Years a closed dossier is kept before its case content and persons are anonymised. */
  years: number;
  today?: string;
}

/**
 * The retention job: closed dossiers past the retention period lose their narrative and their
 * persons' identity and contact (unless a person is still in a dossier that is kept); dossiers,
 * tracks, dates and roles stay, so statistics are unchanged. One transaction; every dossier it
 * anonymised is in dossiers.retention_log; the statistics snapshots are refreshed after. The
 * disclosure log is never touched: it has its own
 * retention (AUDIT_RETENTION_YEARS, default 10).
 */
export async function runRetention(db: Knex, { years, today = new Date().toISOString().slice(0, 10) }: RetentionOptions) {
  if (!Number.isInteger(years) || years < 1) throw new Error('the retention period must be a whole number of years, at least 1');
  const cutoffDate = new Date(`${today}T00:00:00Z`);
  cutoffDate.setUTCFullYear(cutoffDate.getUTCFullYear() - years);
  const cutoff = cutoffDate.toISOString().slice(0, 10);
  const done = await db.transaction(async (trx) => {
    const dossiers = await dossiersPastRetention(trx, cutoff);
    // A person still in a dossier that is kept (open, or closed within the period) keeps their identity.
    const kept = () =>
      trx('dossiers.dossiers').select('id').whereNull('anonymisedOn').where((q) => q.whereNot('status', 'CLOSED').orWhere('closedOn', '>=', cutoff));
    let persons = 0;
    for (let i = 0; i < dossiers.length; i += 1000) {
      const chunk = dossiers.slice(i, i + 1000);
      const ids = chunk.map((dossier) => dossier.id);
      const perDossier = await anonymisePersonsOf(trx, ids, kept());
      await anonymiseCaseContent(trx, ids, today);
      await anonymiseAssessmentsOf(trx, ids);
      await logRetention(trx, chunk.map((d) => ({ dossierId: d.id, code: d.code, closedOn: d.closedOn, anonymisedOn: today, personsAnonymised: perDossier.get(d.id) ?? 0 })));
      persons += [...perDossier.values()].reduce((a, b) => a + b, 0);
    }
    logger.info({ cutoff, dossiers: dossiers.length, persons, firstCodes: dossiers.slice(0, 20).map((d) => d.code) }, 'retention: anonymised closed dossiers past their retention period');
    return { cutoff, dossiers: dossiers.length, persons };
  });
  await refreshReportingViews(db);
  return done;
}
