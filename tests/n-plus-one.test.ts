import { DossierWithPersonsAndRiskDocument } from '../clients/generated/graphql';
import { sqlStatementCount } from '../platform/database';
import { Purpose, Role } from '../policy';
import { actor, limburgCaseManager, useTestHub } from './support/hub';

const { query, run, hub } = useTestHub();

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

/** The SQL statements the subgraphs send while `work` runs (not the disclosure log's, which the gateway writes on its own handle). */
async function subgraphStatements(work: () => Promise<void>): Promise<number> {
  let statements = 0;
  const count = () => {
    statements += 1;
  };
  const { databases } = hub();
  databases.forEach((db) => db.on('query', count));
  try {
    await work();
  } finally {
    databases.forEach((db) => db.removeListener('query', count));
  }
  return statements;
}

async function statementsFor(first: number): Promise<{ all: number; subgraphs: number }> {
  const before = sqlStatementCount();
  const subgraphs = await subgraphStatements(async () => {
    const { body } = await query(page, { first }, actor('gent-safe-home', Role.CASE_MANAGER, Purpose.CASE_MANAGEMENT));
    expect(body.errors).toBeUndefined();
    expect(body.data!.dossiers.nodes).toHaveLength(first);
  });
  return { all: sqlStatementCount() - before, subgraphs };
}

describe('the N+1 bound', () => {
  it('costs the same number of SQL statements for 1 dossier as for 50 or 100, across all subgraphs', async () => {
    await statementsFor(1); // warm-up: the query plan is cached afterwards
    const counts = [await statementsFor(1), await statementsFor(50), await statementsFor(100)];
    // Organisations are asked for at two depths (referredBy; consultation participants, action
    // owners); whether those land in one DataLoader batch or two depends on which SQL answers
    // first. So a count may differ by one between runs, never with the number of dossiers.
    const subgraphs = counts.map((count) => count.subgraphs);
    expect(Math.max(...subgraphs) - Math.min(...subgraphs)).toBeLessThanOrEqual(1);
    // 17 or 18 statements of the subgraphs, and the disclosure log's append transaction beside them.
    expect(Math.max(...subgraphs)).toBeLessThanOrEqual(18);
    const all = counts.map((count) => count.all);
    expect(Math.max(...all) - Math.min(...all)).toBeLessThanOrEqual(1);
  });

  it("reads one dossier with its persons and risk in seven statements, each of the dossier's attributes once per subgraph", async () => {
    // dossiers: the dossier, its Safe Home; persons: the dossier's attributes with its persons, the
    // persons' attributes in all their dossiers; risk: the dossier's attributes, its current level, its assessments.
    const statements = await subgraphStatements(async () => {
      const { body } = await run(DossierWithPersonsAndRiskDocument, { code: 'LIMB6024' }, limburgCaseManager());
      expect(body.errors).toBeUndefined();
      expect(body.data!.dossier!.persons).toHaveLength(4);
    });
    expect(statements).toBe(7);
  });
});
