import { signTestToken, testIssuer } from './support/test-issuer';
import { prepareDatabase } from '../hub/prepare-database';
import { startHub } from '../hub/start-hub';
import { createDatabase } from '../platform/database';
import { refreshReportingViews } from '../subgraphs/statistics/refresh';
import { Attack, attackStatistics } from './support/differencing-attacker';
import { useTestDatabase, withScratchDatabase } from './support/database';
import { GraphQLResponse, postGraphQL, statistician, useTestHub } from './support/hub';

const k = 5;
const year = new Date().getFullYear();

type Ask = (text: string, variables: Record<string, unknown>) => Promise<GraphQLResponse>;

/**
 * A small world (most cells small) whose families of this year are only these open dossiers of
 * each Safe Home; `alike`: all referred by the police, none with children, none assessed. The
 * differencing attacker attacks it; `look` may ask more first.
 */
async function attackSmallWorld(perHome: Record<string, number>, alike: boolean, look: (ask: Ask) => Promise<void> = async () => {}): Promise<Attack> {
  return withScratchDatabase('safehome_statistics_small', async (url) => {
    const small = createDatabase(url);
    await prepareDatabase(small, { scale: 0.03 });
    const ids: string[] = [];
    for (const [home, n] of Object.entries(perHome)) {
      const open = await small('dossiers.dossiers').where({ safeHomeId: home }).whereNot({ status: 'CLOSED' }).orderBy('code').limit(n).select('id');
      ids.push(...open.map((row: { id: string }) => row.id));
    }
    await small('dossiers.dossiers').whereIn('id', ids).update({ referralDate: `${year}-01-15`, ...(alike ? { referralSource: 'POLICE' } : {}) });
    if (alike) {
      await small('persons.dossier_persons').whereIn('dossierId', ids).where({ role: 'CHILD' }).update({ role: 'FAMILY_MEMBER' });
      await small('risk.assessments').whereIn('dossierId', ids).delete();
    }
    await refreshReportingViews(small);
    const hub = await startHub({ databaseUrl: url, gatewayPort: 0, subgraphPort: () => 0, authentication: testIssuer });
    try {
      const token = await signTestToken(statistician());
      const ask: Ask = (text, variables) => postGraphQL(hub.gateway.graphqlUrl, { query: text, variables }, { authorization: `Bearer ${token}` });
      const flanders = await ask(`{ referredFamiliesPerYear(filter: { fromYear: ${year} }) { year count suppressed } }`, {});
      expect(flanders.body.data!.referredFamiliesPerYear).toHaveLength(1);
      await look(ask);
      return await attackStatistics(small, ask, k);
    } finally {
      await hub.stop();
      await small.destroy();
    }
  });
}

const withstood = (attack: Attack) => {
  expect(attack.wrong).toEqual([]);
  expect(attack.recovered).toEqual([]);
  expect(attack.grouped).toEqual([]);
};

describe('no small count can be derived from published statistics (finding 7)', () => {
  const { query } = useTestHub();
  const db = useTestDatabase();

  it('withstands a differencing attacker over every statistic, Safe Home filter and year range of the seeded world, with exact totals', async () => {
    const attack = await attackStatistics(db(), (text, variables) => query(text, variables, statistician()), k);
    expect(attack.withheld).toBeGreaterThan(0);
    expect(attack.published).toBeGreaterThan(500);
    withstood(attack);
  }, 240_000);

  it('keeps one family of a Safe Home in this year unknown, where Flanders and the other Safe Homes are published (the issue’s 257 − 256 = 1)', async () => {
    withstood(await attackSmallWorld({ antwerpen: 1, limburg: 6 }, false));
  }, 240_000);
});

describe('a withheld group of families tells nothing of its categories (hostile review S1, S2)', () => {
  it('one Antwerpen family this year, the only one of Flanders: no breakdown tells who referred it, its children or its risk', async () => {
    const attack = await attackSmallWorld({ antwerpen: 1 }, true, async (ask) => {
      const { body } = await ask(`query($f: StatisticsFilter) { childrenInvolvement(filter: $f) { year families withChildren share suppressed } riskLevelDistribution(filter: $f) { level count suppressed } }`, {
        f: { fromYear: year, safeHomeId: 'antwerpen' },
      });
      expect(body.data!.childrenInvolvement).toEqual([{ year, families: null, withChildren: null, share: null, suppressed: true }]);
      expect(body.data!.riskLevelDistribution).toEqual(['LOW', 'MEDIUM', 'HIGH'].map((level) => ({ level, count: null, suppressed: true })));
    });
    withstood(attack);
  }, 240_000);

  it('one Antwerpen family beside five in Limburg, all alike: Flanders’ breakdown does not tell Antwerpen’s either', async () => {
    withstood(await attackSmallWorld({ antwerpen: 1, limburg: 5 }, true));
  }, 240_000);
});
