import { createAuditLog } from '../audit-log/disclosure-log';
import { migrateAll } from '../hub/prepare-database';
import { runRetention } from '../hub/retention';
import { LIMB6024 } from '../seed/fixtures';
import { seed } from '../seed/seed';
import { createDatabase } from '../platform/database';
import { logLine } from './support/audit';
import { withScratchDatabase } from './support/database';

describe('the retention job', () => {
  it('anonymises closed dossiers past the period, keeps statistics, spares the audit log, and runs idempotently', async () => {
    await withScratchDatabase('safehome_retention', async (url) => {
      const db = createDatabase(url);
      try {
        await migrateAll(db);
        await seed(db);
        const log = createAuditLog(db);
        await log.append(logLine('2024-01-02T03:04:05.006Z', 'r'));
        const perYear = () => db.raw('SELECT year, count(*)::int AS n FROM statistics.family_referrals GROUP BY year ORDER BY year').then((r) => r.rows);
        const before = await perYear();
        // A person of an old closed dossier who is also in LIMB6024 (open) must keep their identity.
        const [old] = await db('dossiers.dossiers').where('status', 'CLOSED').where('closedOn', '<', '2024-01-01').orderBy('code').limit(1);
        const [shared] = await db('persons.dossier_persons').where({ dossierId: old.id, role: 'VICTIM' });
        await db('persons.dossier_persons').insert({ dossierId: LIMB6024.id, personId: shared.personId, role: 'FAMILY_MEMBER' });

        const done = await runRetention(db, { years: 2, today: '2026-11-28' });
        expect(done.cutoff).toBe('2024-11-28');
        const expected = await db('dossiers.dossiers').where('status', 'CLOSED').where('closedOn', '<', '2024-11-28').count({ n: '*' });
        expect(done.dossiers).toBe(expected[0].n);
        expect(done.dossiers).toBeGreaterThan(1000);

        const [situation] = await db('dossiers.situation_descriptions').where({ dossierId: old.id });
        expect(situation.summary).toBe('[anonymised]');
        expect(await db('dossiers.referrals').where({ dossierId: old.id }).pluck('summary')).toEqual(['[anonymised]']);
        const victims = await db('persons.persons as p').join('persons.dossier_persons as dp', 'dp.personId', 'p.id').where('dp.dossierId', old.id).whereNot('p.id', shared.personId).select('p.*');
        expect(victims.length).toBeGreaterThan(0);
        expect(victims.every((p) => p.givenName === '[anonymised]' && p.nationalNumber === null && p.phone === null && p.street === null && p.birthDate.endsWith('-01-01'))).toBe(true);
        const [kept] = await db('persons.persons').where({ id: shared.personId });
        expect(kept.givenName).not.toBe('[anonymised]');
        expect(kept.nationalNumber).not.toBeNull();

        const [limb] = await db('dossiers.situation_descriptions').where({ dossierId: LIMB6024.id });
        expect(limb.summary).toMatch(/protected address/);
        expect(await perYear()).toEqual(before);
        expect(await db('dossiers.retention_log').count({ n: '*' })).toEqual([{ n: done.dossiers }]);
        expect(await log.verify()).toEqual({ intact: true, lines: 1, roots: 1 });

        expect(await runRetention(db, { years: 2, today: '2026-11-28' })).toMatchObject({ dossiers: 0, persons: 0 });
        await expect(runRetention(db, { years: 0 })).rejects.toThrow(/at least 1/);
      } finally {
        await db.destroy();
      }
    });
  });
});
