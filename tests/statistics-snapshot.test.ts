import { randomUUID } from 'node:crypto';
import { signTestToken, testIssuer } from './support/test-issuer';
import { prepareDatabase } from '../hub/prepare-database';
import { RunningHub, startHub } from '../hub/start-hub';
import { createDatabase } from '../platform/database';
import { refreshReportingViews } from '../subgraphs/statistics/refresh';
import { withScratchDatabase } from './support/database';
import { postGraphQL, statistician } from './support/hub';

const CONSULTS = '{ consultsPerYear(filter: { fromYear: 2024, toYear: 2024 }) { year count suppressed } }';

describe('the statistics change only at a refresh (hostile review S3)', () => {
  it('counts a new anonymous consult neither in the running hub nor in a second one on the same snapshot, and counts it after a refresh', async () => {
    await withScratchDatabase('safehome_statistics_snapshot', async (url) => {
      const db = createDatabase(url);
      await prepareDatabase(db, { scale: 0.03 });
      const consults = async (hub: RunningHub) => {
        const { body } = await postGraphQL(hub.gateway.graphqlUrl, { query: CONSULTS }, { authorization: `Bearer ${await signTestToken(statistician())}` });
        return body.data!.consultsPerYear;
      };
      const started: RunningHub[] = [];
      const hub = async () => {
        const running = await startHub({ databaseUrl: url, gatewayPort: 0, subgraphPort: () => 0, authentication: testIssuer });
        started.push(running);
        return running;
      };
      try {
        const first = await hub();
        const before = await consults(first);
        expect(before).toEqual([{ year: 2024, count: expect.any(Number), suppressed: false }]);
        await db('dossiers.anonymous_consults').insert({ id: randomUUID(), safeHomeId: 'limburg', consultedOn: '2024-06-03', askerOrganisationType: 'CAW', topic: 'STALKING' });

        expect(await consults(first)).toEqual(before);
        expect(await consults(await hub())).toEqual(before);
        await refreshReportingViews(db);
        expect(await consults(first)).toEqual([{ year: 2024, count: before[0].count + 1, suppressed: false }]);
      } finally {
        for (const running of started) await running.stop();
        await db.destroy();
      }
    });
  }, 120_000);
});
