import { openHighRiskDossiers } from '../clients/examples/police-high-risk';
import { limburgPolice, tokenFor, useTestHub } from './support/hub';
import { useTestDatabase } from './support/database';

const { hub } = useTestHub();
const db = useTestDatabase();

describe('the example partner application', () => {
  it("lists exactly the police's open high-risk dossiers of its region whose consultation it takes part in", async () => {
    const found = await openHighRiskDossiers(hub().gateway.graphqlUrl, await tokenFor(limburgPolice(), undefined, 'limburg-police-app'), 'limburg');
    expect(found.map((dossier) => dossier.code)).toContain('LIMB6024');
    const { rows } = await db().raw(`
      SELECT d.code FROM dossiers.dossiers d
      JOIN statistics.current_risk_levels r ON r.dossier_id = d.id
      WHERE d.safe_home_id = 'limburg' AND d.status <> 'CLOSED' AND r.level = 'HIGH'
        AND EXISTS (SELECT 1 FROM dossiers.consultation_participants p WHERE p.dossier_id = d.id AND p.organisation_id = 'limburg-police')
      ORDER BY d.code`);
    expect(found.map((dossier) => dossier.code)).toEqual(rows.map((row: { code: string }) => row.code));
  });

  it('says what went wrong when the hub refuses it', async () => {
    await expect(openHighRiskDossiers(hub().gateway.graphqlUrl, 'not-a-token', 'limburg')).rejects.toThrow(/401/);
  });
});
