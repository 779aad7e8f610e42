import { migrateAll } from '../hub/prepare-database';
import { subgraphs } from '../hub/subgraphs';
import { LIMB6024 } from '../seed/fixtures';
import * as dossiers from '../subgraphs/dossiers/repository';
import { migrateSchema } from '../subgraphs/common/migrate';
import * as persons from '../subgraphs/persons/repository';
import * as risk from '../subgraphs/risk/repository';
import { scoreAssessment, ScoringError } from '../subgraphs/risk/scoring';
import { instrumentVersions } from '../seed/instruments';
import { createContext } from '../subgraphs/common/context';
import { accessOf } from '../subgraphs/common/access';
import { useTestDatabase } from './support/database';
import { actor, limburgCaseManager } from './support/hub';
import { Purpose, Role } from '../policy';

const db = useTestDatabase();
const unknownId = '00000000-0000-4000-8000-000000000000';
const asCaseManager = () => createContext(db(), { actor: limburgCaseManager(), requestId: 'test', traceId: 'test', documentHash: '0'.repeat(64) });

describe('repositories', () => {
  it('load entities by id in the order asked, with null for unknown ids', async () => {
    const rows = await dossiers.dossiersByIds(db(), [unknownId, LIMB6024.id], asCaseManager());
    expect(rows.map((row) => row?.code ?? null)).toEqual([null, 'LIMB6024']);
    const orgs = await dossiers.organisationsByIds(db(), ['limburg-caw', 'nowhere-police', 'antwerpen-police']);
    expect(orgs.map((row) => row?.id ?? null)).toEqual(['limburg-caw', null, 'antwerpen-police']);
  });

  it("group a batch of dossiers' persons per dossier, victims first, read with each dossier's attributes", async () => {
    const [none, dossier] = await persons.dossiersWithPersons(db(), [unknownId, LIMB6024.id], asCaseManager());
    expect(none).toBeNull();
    expect(accessOf(dossier)).toEqual([{ safeHomeId: 'limburg', dossierStatus: 'ACTIVE', participantIds: ['limburg-caw', 'limburg-police', 'limburg-safe-home'] }]);
    const family = dossier!.visiblePersons;
    expect(family.map((p) => p.role)).toEqual(['VICTIM', 'ALLEGED_PERPETRATOR', 'CHILD', 'CHILD']);
    expect(family[0]).toMatchObject({ id: LIMB6024.victimId, addressProtected: true, dossierId: LIMB6024.id });
  });

  it("compute a dossier's current level from each person's latest assessment", async () => {
    expect(await risk.currentLevelsByDossiers(db(), [LIMB6024.id, unknownId])).toEqual(['HIGH', null]);
    const history = await risk.assessmentsByPersons(db(), [LIMB6024.victimId], asCaseManager());
    expect(history[0].map((a) => a.assessedOn)).toEqual(['2024-10-28', '2024-09-16']);
  });

  it('page dossiers in code order with a total', async () => {
    const { ability } = asCaseManager();
    const first = await dossiers.dossierPage(db(), ability, { safeHomeId: 'limburg', status: null }, 3, null);
    const next = await dossiers.dossierPage(db(), ability, { safeHomeId: 'limburg' }, 3, first.rows[2].code);
    expect(first.rows.map((r) => r.code)).toEqual(['LIMB0001', 'LIMB0002', 'LIMB0003']);
    expect(next.rows[0].code).toBe('LIMB0004');
    expect(first.totalCount).toBe(next.totalCount);
    expect(first.hasNextPage).toBe(true);
  });

  it("filter in SQL what the actor may not see: another region's dossiers, a justice house's view of a family", async () => {
    const antwerp = createContext(db(), { actor: actor('antwerpen-police', Role.POLICE_LIAISON, Purpose.CASE_CONSULTATION), requestId: 'test', traceId: 'test', documentHash: '0'.repeat(64) });
    expect(await dossiers.dossiersByIds(db(), [LIMB6024.id], antwerp)).toEqual([null]);
    expect((await dossiers.dossierPage(db(), antwerp.ability, { safeHomeId: 'limburg' }, 10, null)).totalCount).toBe(0);
    const justiceHouse = createContext(db(), { actor: actor('limburg-justice-house', Role.JUSTICE_ASSISTANT, Purpose.CASE_CONSULTATION), requestId: 'test', traceId: 'test', documentHash: '0'.repeat(64) });
    const [dossier] = await persons.dossiersWithPersons(db(), [LIMB6024.id], justiceHouse);
    expect(dossier!.visiblePersons.map((p) => p.role)).toEqual(['ALLEGED_PERPETRATOR']);
    expect((await persons.dossiersWithPersons(db(), [LIMB6024.id], antwerp))[0]!.visiblePersons).toEqual([]);
  });

  it('migrations are idempotent: a second run applies nothing', async () => {
    await migrateAll(db());
    for (const definition of subgraphs) expect(await migrateSchema(db(), definition)).toEqual([]);
  });
});

describe('risk scoring', () => {
  const v2 = instrumentVersions[1];

  it('adds risk weights, subtracts protective ones, and applies the thresholds', () => {
    expect(scoreAssessment(v2, { R1: true, R5: true })).toMatchObject({ score: 5, computedLevel: 'LOW', level: 'LOW' });
    expect(scoreAssessment(v2, { R1: true, R5: true, R6: true })).toMatchObject({ score: 7, computedLevel: 'MEDIUM' });
    expect(scoreAssessment(v2, { R1: true, R5: true, R6: true, P1: true })).toMatchObject({ score: 5, computedLevel: 'LOW' });
  });

  it('forces at least HIGH when a red-flag item is present', () => {
    expect(scoreAssessment(v2, { R2: true })).toMatchObject({ score: 5, computedLevel: 'HIGH', redFlagged: true });
  });

  it('lets professional judgement raise the level, never lower it', () => {
    expect(scoreAssessment(v2, { R1: true }, 'HIGH')).toMatchObject({ computedLevel: 'LOW', level: 'HIGH' });
    expect(() => scoreAssessment(v2, { R2: true }, 'MEDIUM')).toThrow(ScoringError);
  });

  it('refuses items that are not part of the instrument version', () => {
    expect(() => scoreAssessment(instrumentVersions[0], { R9: true })).toThrow(/R9 is not part of this instrument version/);
  });
});
