import { emptyRows, generateFamily } from '../seed/families';
import { LIMB6024 } from '../seed/fixtures';
import { SyntheticPeople } from '../seed/people';
import { publishedTotals } from '../seed/published-totals';
import { apportion, Random } from '../seed/random';
import { instrumentVersions } from '../seed/instruments';
import { regions } from '../seed/regions';
import { Level, scoreAssessment, versionInForce } from '../subgraphs/risk/scoring';
import { useTestDatabase } from './support/database';

const db = useTestDatabase();

describe('the synthetic seed', () => {
  it('holds exactly the published referred families per year', async () => {
    const rows = await db().raw(`SELECT extract(year FROM referral_date)::int AS year, count(*)::int AS n FROM dossiers.dossiers GROUP BY 1 ORDER BY 1`);
    expect(Object.fromEntries(rows.rows.map((r: { year: number; n: number }) => [r.year, r.n]))).toEqual(publishedTotals.referredFamilies);
  });

  it('holds exactly the published anonymous consults per year', async () => {
    const rows = await db().raw(`SELECT extract(year FROM consulted_on)::int AS year, count(*)::int AS n FROM dossiers.anonymous_consults GROUP BY 1 ORDER BY 1`);
    expect(Object.fromEntries(rows.rows.map((r: { year: number; n: number }) => [r.year, r.n]))).toEqual(publishedTotals.consults);
  });

  it('covers all ten Safe Homes, each with one organisation of every partner type named <region>-<type>, and the central team', async () => {
    expect(await db()('dossiers.safe_homes').pluck('id')).toHaveLength(10);
    const ids: string[] = await db()('dossiers.organisations').whereNotNull('safeHomeId').pluck('id');
    expect(ids).toHaveLength(90);
    expect(await db()('dossiers.organisations').whereNull('safeHomeId').select('id', 'type')).toEqual([{ id: 'vlaanderen-central-team', type: 'CENTRAL_TEAM' }]);
    expect(ids).toEqual(expect.arrayContaining(['limburg-police', 'limburg-caw', 'limburg-justice-house', 'limburg-safe-home', 'antwerpen-police']));
    const perRegion = await db()('dossiers.dossiers').select('safeHomeId').count({ n: '*' }).groupBy('safeHomeId');
    expect(perRegion).toHaveLength(10);
  });

  it('has children involved in about two thirds of families', async () => {
    const { rows } = await db().raw(`SELECT avg(CASE WHEN children_involved THEN 1 ELSE 0 END)::float AS share FROM statistics.family_referrals`);
    expect(rows[0].share).toBeGreaterThan(0.62);
    expect(rows[0].share).toBeLessThan(0.71);
  });

  it('gives every family a victim and an alleged perpetrator', async () => {
    const { rows } = await db().raw(`
      SELECT count(*)::int AS n FROM dossiers.dossiers d
      WHERE NOT EXISTS (SELECT 1 FROM persons.dossier_persons p WHERE p.dossier_id = d.id AND p.role = 'VICTIM')
         OR NOT EXISTS (SELECT 1 FROM persons.dossier_persons p WHERE p.dossier_id = d.id AND p.role = 'ALLEGED_PERPETRATOR')`);
    expect(rows[0].n).toBe(0);
  });

  it('has the LIMB6024 fixture: Limburg, track 3, open, victim, alleged perpetrator, two children, two assessments', async () => {
    const dossier = await db()('dossiers.dossiers').where({ code: 'LIMB6024' }).first();
    expect(dossier).toMatchObject({ id: LIMB6024.id, safeHomeId: 'limburg', track: 3, status: 'ACTIVE' });
    const roles = await db()('persons.dossier_persons').where({ dossierId: LIMB6024.id }).pluck('role');
    expect(roles.sort()).toEqual(['ALLEGED_PERPETRATOR', 'CHILD', 'CHILD', 'VICTIM']);
    expect(await db()('risk.assessments').where({ dossierId: LIMB6024.id }).count({ n: '*' })).toEqual([{ n: 2 }]);
  });

  it("has LIMB6024's case consultation with limburg-safe-home, -police and -caw, and without limburg-justice-house", async () => {
    const rows: { organisationId: string }[] = await db()('dossiers.case_consultation_participants as p')
      .join('dossiers.case_consultations as c', 'c.id', 'p.caseConsultationId')
      .where('c.dossierId', LIMB6024.id)
      .select('p.organisationId');
    const participants = rows.map((row) => row.organisationId);
    expect(participants.sort()).toEqual(['limburg-caw', 'limburg-police', 'limburg-safe-home']);
    expect(participants).not.toContain('limburg-justice-house');
  });

  it('holds no national number that could be real: every one fails the official mod-97 check', async () => {
    const persons: { nationalNumber: string; birthDate: string }[] = await db()('persons.persons').select('nationalNumber', 'birthDate');
    expect(persons.length).toBeGreaterThan(20000);
    const passes = persons.filter(({ nationalNumber, birthDate }) => {
      const digits = nationalNumber.replace(/\D/g, '');
      const base = Number(`${Number(birthDate.slice(0, 4)) >= 2000 ? '2' : ''}${digits.slice(0, 9)}`);
      return 97 - (base % 97) === Number(digits.slice(9));
    });
    expect(passes).toEqual([]);
  });

  it('uses only reserved contact data: example.org mail, the unassigned +32 000 phone prefix', async () => {
    const bad = await db()('persons.persons')
      .whereRaw(`(email IS NOT NULL AND email NOT LIKE '%@example.org') OR (phone IS NOT NULL AND phone NOT LIKE '+32 000 %')`)
      .count({ n: '*' });
    expect(bad).toEqual([{ n: 0 }]);
  });

  it('is deterministic: the same generator state makes the same families', () => {
    const make = () => {
      const random = new Random(7);
      const rows = emptyRows();
      for (let i = 0; i < 50; i += 1) generateFamily(random, new SyntheticPeople(random), { region: regions[3], code: `LIMB${i}`, referralDate: '2023-03-01', today: '2026-11-01' }, rows);
      return rows;
    };
    expect(make()).toEqual(make());
  });

  it('apportions a total over weights exactly', () => {
    expect(apportion(1971, regions.map((r) => r.weight)).reduce((a, b) => a + b, 0)).toBe(1971);
    expect(apportion(10, [1, 1, 1])).toEqual([4, 3, 3]);
  });
});

describe('the seed obeys the rules of case work made through the API', () => {
  const violations = async (sql: string) => (await db().raw(sql)).rows;

  it('every dossier is where the state machine can have brought it', async () => {
    // REFERRED and INTAKE: not yet weighed, no track; ACTIVE and CLOSED: weighed onto the dossier's track.
    expect(await violations(`
      SELECT d.code FROM dossiers.dossiers d LEFT JOIN dossiers.weighings w ON w.dossier_id = d.id
      WHERE (d.status IN ('REFERRED', 'INTAKE') AND (d.track IS NOT NULL OR w.dossier_id IS NOT NULL))
         OR (d.status IN ('ACTIVE', 'CLOSED') AND (w.track IS DISTINCT FROM d.track OR d.track NOT IN (0, 2, 3)))
         OR (d.status = 'CLOSED') <> (d.closed_on IS NOT NULL AND d.outcome IS NOT NULL AND d.closed_on >= d.referral_date)
         OR (d.status = 'REFERRED' AND d.case_manager IS NOT NULL)
         OR NOT EXISTS (SELECT 1 FROM dossiers.referrals r WHERE r.dossier_id = d.id)
      LIMIT 5`)).toEqual([]);
  });

  it('consultations and action plans belong to tracks 2 and 3, and a consultation the persons were not told of says why', async () => {
    expect(await violations(`
      SELECT d.code FROM dossiers.dossiers d
      WHERE (EXISTS (SELECT 1 FROM dossiers.case_consultations c WHERE c.dossier_id = d.id)
          OR EXISTS (SELECT 1 FROM dossiers.action_plan_items a WHERE a.dossier_id = d.id))
        AND (d.track NOT IN (2, 3) OR d.status NOT IN ('ACTIVE', 'CLOSED'))
      UNION ALL
      SELECT c.id::text FROM dossiers.case_consultations c
      WHERE c.status = 'HELD' AND c.persons_informed = false AND c.not_informed_reason IS NULL
      LIMIT 5`)).toEqual([]);
  });

  it('every risk assessment answers every item of the version in force that day, scored as the hub scores it', async () => {
    const assessments: { id: string; instrumentVersionId: string; answers: Record<string, boolean>; judgementLevel: Level | null; score: number; computedLevel: string; level: string; redFlagged: boolean; assessedOn: string }[] =
      await db()('risk.assessments').select('id', 'instrumentVersionId', 'answers', 'judgementLevel', 'score', 'computedLevel', 'level', 'redFlagged', 'assessedOn');
    expect(assessments.length).toBeGreaterThan(5000);
    for (const assessment of assessments) {
      const instrument = instrumentVersions.find((version) => version.id === assessment.instrumentVersionId)!;
      expect(versionInForce(instrumentVersions, instrument.code, assessment.assessedOn)).toBe(instrument);
      expect(Object.keys(assessment.answers).sort()).toEqual(instrument.items.map((item) => item.code).sort());
      const scored = scoreAssessment(instrument, assessment.answers, assessment.judgementLevel);
      expect({ score: assessment.score, computedLevel: assessment.computedLevel, level: assessment.level, redFlagged: assessment.redFlagged }).toEqual(scored);
    }
  });
});
