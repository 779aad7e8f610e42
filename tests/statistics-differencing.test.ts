import { signDevToken } from '../hub/dev-issuer';
import { prepareDatabase } from '../hub/prepare-database';
import { startHub } from '../hub/start-hub';
import { createDatabase } from '../platform/database';
import { refreshReportingViews } from '../subgraphs/statistics/refresh';
import { attackStatistics } from './support/differencing-attacker';
import { useTestDatabase, withScratchDatabase } from './support/database';
import { postGraphQL, statistician, useTestHub } from './support/hub';

const k = 5;

describe('no small count can be derived from published statistics (finding 7)', () => {
  const { query } = useTestHub();
  const db = useTestDatabase();

  it('withstands a differencing attacker over every statistic, Safe Home filter and year range of the seeded world, with exact totals', async () => {
    const attack = await attackStatistics(db(), (text, variables) => query(text, variables, statistician()), k);
    expect(attack.wrong).toEqual([]);
    expect(attack.withheld).toBeGreaterThan(0);
    expect(attack.published).toBeGreaterThan(500);
    expect(attack.recovered).toEqual([]);
    expect(attack.grouped).toEqual([]);
  }, 240_000);

  it('keeps one family of a Safe Home in this year unknown, where Flanders and the other Safe Homes are published (the issue’s 257 − 256 = 1)', async () => {
    await withScratchDatabase('safehome_statistics_small', async (url) => {
      const small = createDatabase(url);
      const year = new Date().getFullYear();
      const hub = await (async () => {
        // A small world, where most cells are small, and this year one Antwerpen family beside several in Limburg.
        await prepareDatabase(small, { scale: 0.03 });
        const open = (home: string, n: number) => small('dossiers.dossiers').where({ safeHomeId: home }).whereNot({ status: 'CLOSED' }).orderBy('code').limit(n).pluck('id');
        await small('dossiers.dossiers').whereIn('id', [...(await open('antwerpen', 1)), ...(await open('limburg', 6))]).update({ referralDate: `${year}-01-15` });
        await refreshReportingViews(small);
        return startHub({ databaseUrl: url, gatewayPort: 0, subgraphPort: () => 0 });
      })();
      try {
        const token = await signDevToken(statistician());
        const ask = (text: string, variables: Record<string, unknown>) => postGraphQL(hub.gateway.graphqlUrl, { query: text, variables }, { authorization: `Bearer ${token}` });
        const flanders = await ask(`{ referredFamiliesPerYear(filter: { fromYear: ${year} }) { year count suppressed } }`, {});
        expect(flanders.body.data!.referredFamiliesPerYear).toHaveLength(1);
        const attack = await attackStatistics(small, ask, k);
        expect(attack.wrong).toEqual([]);
        expect(attack.recovered).toEqual([]);
        expect(attack.grouped).toEqual([]);
      } finally {
        await hub.stop();
        await small.destroy();
      }
    });
  }, 240_000);
});
