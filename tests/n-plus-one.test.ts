import { sqlStatementCount } from '../platform/database';
import { Purpose, Role } from '../policy';
import { actor, useTestHub } from './support/hub';

const { query } = useTestHub();

const page = `query($first: Int!) {
  dossiers(filter: { safeHomeId: "gent" }, first: $first) {
    nodes {
      code safeHome { name } referredBy { name }
      persons { role person { givenName riskHistory { level } } }
      currentRiskLevel
      riskAssessments { level assessor { name } instrument { version } }
      caseConsultations { participants { name } }
      actionPlan { owner { name } }
    }
  }
}`;

async function statementsFor(first: number): Promise<number> {
  const before = sqlStatementCount();
  const { body } = await query(page, { first }, actor('gent-safe-home', Role.CASE_MANAGER, Purpose.CASE_MANAGEMENT));
  expect(body.errors).toBeUndefined();
  expect(body.data!.dossiers.nodes).toHaveLength(first);
  return sqlStatementCount() - before;
}

describe('the N+1 bound', () => {
  it('costs the same number of SQL statements for 1 dossier as for 50 or 100, across all subgraphs', async () => {
    await statementsFor(1); // warm-up: the query plan is cached afterwards
    const counts = [await statementsFor(1), await statementsFor(50), await statementsFor(100)];
    // Organisations are asked for at two depths (referredBy; consultation participants, action
    // owners); whether those land in one DataLoader batch or two depends on which SQL answers
    // first. So a count may differ by one between runs, never with the number of dossiers.
    expect(Math.max(...counts) - Math.min(...counts)).toBeLessThanOrEqual(1);
    // ~18 statements of the subgraphs and 5 of the disclosure log's append transaction.
    expect(Math.max(...counts)).toBeLessThanOrEqual(25);
  });
});
