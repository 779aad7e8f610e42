import { Knex } from 'knex';
import { Migration } from '../../common/subgraph';

/**
 * An escalation compares an assessment with the person's previous one in the same dossier only
 * (assessment.ts). Flags recorded before against an assessment in another dossier told every
 * reader of that one; they are cleared. Nothing is flagged that was not.
 */
export const escalationWithinDossier: Migration = {
  name: '003-escalation-within-dossier',
  async up(db: Knex) {
    await db.raw(`
      WITH ordered AS (
        SELECT id, level, lag(level) OVER (PARTITION BY dossier_id, person_id ORDER BY assessed_on, created_at, id) AS previous
        FROM risk.assessments
      )
      UPDATE risk.assessments a SET escalation = NULL
      FROM ordered o
      WHERE o.id = a.id AND a.escalation IS NOT NULL
        AND (o.previous IS NULL OR array_position(ARRAY['LOW', 'MEDIUM', 'HIGH'], o.previous) >= array_position(ARRAY['LOW', 'MEDIUM', 'HIGH'], a.level))`);
  },
  // The cleared flags were derived from assessments in other dossiers: they are not restored.
  async down() {},
};
