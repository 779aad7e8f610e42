import { Knex } from 'knex';
import { insertCaseFiles } from '../subgraphs/dossiers/repository';
import { ConsultTopic } from '../subgraphs/dossiers/vocabulary';
import { insertPersons } from '../subgraphs/persons/repository';
import { insertRisk } from '../subgraphs/risk/repository';
import { refreshReportingViews } from '../subgraphs/statistics/refresh';
import { emptyRows, FamilyRows, generateFamily } from './families';
import { fixtureDossiers, fixtureRows, secondFamilyRows } from './fixtures';
import { instrumentRows } from './instruments';
import { SyntheticPeople } from './people';
import { publishedTotals, seededYears } from './published-totals';
import { addDays, apportion, Random } from './random';
import { organisationRows, regions } from './regions';

const consultTopics = Object.values(ConsultTopic);
const askerTypes = ['CAW', 'CGG', 'OCMW', 'OPGROEIEN', 'POLICE', 'OTHER'];
const SEED = 20240329; // the decree's date

export interface SeedOptions {
  /** 1 reproduces the published totals; 10 and 100 make the bench data sets. */
  scale?: number;
  /** Rows are written in batches of about this many families, to bound memory at large scales. */
  familiesPerBatch?: number;
  /** The day the synthetic world is seen from (dossiers end before it or are still open). */
  today?: string;
}

export async function isSeeded(db: Knex): Promise<boolean> {
  return Boolean(await db('dossiers.safe_homes').first());
}

async function writeFamilies(trx: Knex, rows: FamilyRows): Promise<void> {
  await insertCaseFiles(trx, rows);
  await insertPersons(trx, rows);
  await insertRisk(trx, rows);
}

/** The reference data every world has: the ten Safe Homes, their partner organisations and the risk instrument. */
export async function insertReferenceData(trx: Knex): Promise<void> {
  await insertCaseFiles(trx, { safeHomes: regions.map(({ id, name, codePrefix, province }) => ({ id, name, codePrefix, province })), organisations: organisationRows() });
  await insertRisk(trx, instrumentRows());
}

/**
 * Writes the deterministic synthetic world through the subgraphs' repositories, in one transaction:
 * the ten Safe Homes and their partner organisations, the risk instrument, and per year and region
 * exactly the published numbers of referred families (dossiers) and anonymous consults, times scale.
 */
export async function seed(db: Knex, options: SeedOptions = {}): Promise<{ dossiers: number; consults: number }> {
  const scale = options.scale ?? 1;
  const familiesPerBatch = options.familiesPerBatch ?? 2000;
  const today = options.today ?? '2026-11-01';
  const random = new Random(SEED);
  const people = new SyntheticPeople(random);
  const weights = regions.map((region) => region.weight);
  let dossiers = 0;
  let consults = 0;

  await db.transaction(async (trx) => {
    await insertReferenceData(trx);
    await writeFamilies(trx, fixtureRows());
    await writeFamilies(trx, { ...emptyRows(), ...secondFamilyRows() });
    dossiers += fixtureDossiers.length;
    const fixtureCodes = new Set(fixtureDossiers.map((fixture) => fixture.code));
    const fixturesIn = (regionId: string, year: number) =>
      fixtureDossiers.filter((fixture) => fixture.region === regionId && Number(fixture.referralDate.slice(0, 4)) === year).length;

    const nextNumber = new Map<string, number>(regions.map((region) => [region.id, 1]));
    let batch = emptyRows();
    let inBatch = 0;
    for (const year of seededYears) {
      const perRegion = apportion(publishedTotals.referredFamilies[year] * scale, weights);
      for (const [index, region] of regions.entries()) {
        const count = perRegion[index] - fixturesIn(region.id, year);
        for (let i = 0; i < count; i += 1) {
          let number = nextNumber.get(region.id)!;
          while (fixtureCodes.has(`${region.codePrefix}${String(number).padStart(4, '0')}`)) number += 1;
          nextNumber.set(region.id, number + 1);
          const referralDate = addDays(`${year}-01-01`, Math.floor((i * 365) / count));
          generateFamily(random, people, { region, code: `${region.codePrefix}${String(number).padStart(4, '0')}`, referralDate, today }, batch);
          dossiers += 1;
          if (++inBatch >= familiesPerBatch) {
            await writeFamilies(trx, batch);
            batch = emptyRows();
            inBatch = 0;
          }
        }
      }
      const consultsPerRegion = apportion(publishedTotals.consults[year] * scale, weights);
      const anonymousConsults = regions.flatMap((region, index) =>
        Array.from({ length: consultsPerRegion[index] }, (_, i) => ({
          id: random.uuid(),
          safeHomeId: region.id,
          consultedOn: addDays(`${year}-01-01`, Math.floor((i * 365) / consultsPerRegion[index])),
          askerOrganisationType: random.pick(askerTypes),
          topic: random.pick(consultTopics),
        })),
      );
      await insertCaseFiles(trx, { anonymousConsults });
      consults += anonymousConsults.length;
    }
    await writeFamilies(trx, batch);
  });
  // Fresh statistics and visibility maps, so the planner uses the indexes (and index-only scans)
  // from the first query on, not only after autovacuum has come by.
  await db.raw('VACUUM (ANALYZE)');
  await refreshReportingViews(db);
  return { dossiers, consults };
}
