import { Knex } from 'knex';
import { Migration } from '../../common/subgraph';

const schema = 'dossiers';

/** Phrases earlier seeds stored as consult topics, and the code each now is. */
const earlierTopics: Record<string, string> = {
  'Signs of partner violence': 'PARTNER_VIOLENCE',
  'Child witnessing violence': 'CHILD_WITNESSING_VIOLENCE',
  'How to discuss concerns with a family': 'DISCUSSING_CONCERNS',
  'Elder abuse': 'ELDER_ABUSE',
  'Honour-related violence': 'HONOUR_RELATED_VIOLENCE',
  Stalking: 'STALKING',
};

// As they were when this migration was written (migrations are history; vocabulary.ts holds today's lists).
const closureOutcomes = ['SAFETY_RESTORED', 'HANDED_OVER_TO_REGULAR_CARE', 'FAMILY_WITHDREW', 'NOT_ACCEPTED', 'OTHER'];
const consultTopics = [
  'PARTNER_VIOLENCE', 'CHILD_WITNESSING_VIOLENCE', 'DISCUSSING_CONCERNS', 'ELDER_ABUSE', 'HONOUR_RELATED_VIOLENCE', 'STALKING',
  'PROFESSIONAL_SECRECY', 'RISK_SIGNALS', 'REFERRAL_ADVICE', 'OTHER',
];

const checkIn = (values: readonly string[]) => values.map((value) => `'${value}'`).join(', ');

/**
 * Case work through the API: the track is decided at the weighing (none before), referrals are
 * kept one per referral (a second referral of the same family links to its open dossier),
 * consultations are planned with invitations and then held with participants who may leave, and
 * a closure states its outcome. Anonymous consults name their topic from a closed list, so no free
 * text (and so no personal data) can be stored with them.
 */
export const caseWork: Migration = {
  name: '005-case-work',
  async up(db: Knex) {
    await db.raw(`ALTER TABLE dossiers.dossiers ALTER COLUMN track DROP NOT NULL`);
    await db.raw(`ALTER TABLE dossiers.dossiers ADD COLUMN outcome text CHECK (outcome IN (${checkIn(closureOutcomes)}))`);
    await db.raw(`ALTER TABLE dossiers.weighings DROP CONSTRAINT weighings_track_check, ADD CONSTRAINT weighings_track_check CHECK (track IN (0, 2, 3))`);
    await db.raw(`ALTER TABLE dossiers.dossiers ADD CONSTRAINT dossiers_closed_has_date CHECK ((status = 'CLOSED') = (closed_on IS NOT NULL))`);
    await db.schema.withSchema(schema).createTable('referrals', (t) => {
      t.uuid('id').primary();
      t.uuid('dossier_id').notNullable().references('id').inTable(`${schema}.dossiers`).onDelete('CASCADE');
      t.date('referred_on').notNullable();
      t.date('incident_on');
      t.text('source').notNullable();
      t.text('referred_by_organisation_id').references('id').inTable(`${schema}.organisations`);
      t.text('summary').notNullable();
      t.boolean('repeat_within_year').notNullable().defaultTo(false);
      t.timestamp('created_at', { useTz: true }).notNullable().defaultTo(db.fn.now());
      t.index(['dossier_id', 'referred_on']);
    });
    await db.raw(`
      ALTER TABLE dossiers.case_consultations
        ADD COLUMN status text NOT NULL DEFAULT 'HELD' CHECK (status IN ('PLANNED', 'HELD')),
        ADD COLUMN planned_on date,
        ADD COLUMN persons_consented boolean,
        ADD COLUMN not_informed_reason text,
        ADD COLUMN version integer NOT NULL DEFAULT 1,
        ALTER COLUMN held_on DROP NOT NULL,
        ALTER COLUMN persons_informed DROP NOT NULL,
        ALTER COLUMN decisions DROP NOT NULL`);
    await db.schema.withSchema(schema).createTable('case_consultation_invitations', (t) => {
      t.uuid('case_consultation_id').notNullable().references('id').inTable(`${schema}.case_consultations`).onDelete('CASCADE');
      t.text('organisation_id').notNullable().references('id').inTable(`${schema}.organisations`);
      t.primary(['case_consultation_id', 'organisation_id']);
    });
    await db.raw(`ALTER TABLE dossiers.case_consultation_participants ADD COLUMN left_on date`);
    // Who takes part now: organisations that took part in a held consultation and have not left.
    await db.raw(`
      CREATE OR REPLACE VIEW dossiers.consultation_participants AS
      SELECT DISTINCT c.dossier_id, p.organisation_id
      FROM dossiers.case_consultations c JOIN dossiers.case_consultation_participants p ON p.case_consultation_id = c.id
      WHERE c.status = 'HELD' AND p.left_on IS NULL`);
    // Other subgraphs' case work (risk assessments) needs the dossier's state and dates too.
    await db.raw(`
      CREATE OR REPLACE VIEW dossiers.access_facts AS
      SELECT d.id AS dossier_id, d.safe_home_id, d.status AS dossier_status, d.track, d.referral_date FROM dossiers.dossiers d`);
    for (const [phrase, code] of Object.entries(earlierTopics)) {
      await db('dossiers.anonymous_consults').where('topic', phrase).update({ topic: code });
    }
    await db.raw(`ALTER TABLE dossiers.anonymous_consults ADD CONSTRAINT anonymous_consults_topic_listed CHECK (topic IN (${checkIn(consultTopics)}))`);
  },
  async down(db: Knex) {
    await db.raw('ALTER TABLE dossiers.anonymous_consults DROP CONSTRAINT anonymous_consults_topic_listed');
    await db.raw('DROP VIEW dossiers.access_facts');
    await db.raw(`
      CREATE VIEW dossiers.access_facts AS
      SELECT d.id AS dossier_id, d.safe_home_id, d.status AS dossier_status FROM dossiers.dossiers d`);
    await db.raw(`
      CREATE OR REPLACE VIEW dossiers.consultation_participants AS
      SELECT DISTINCT c.dossier_id, p.organisation_id
      FROM dossiers.case_consultations c JOIN dossiers.case_consultation_participants p ON p.case_consultation_id = c.id`);
    await db.raw('ALTER TABLE dossiers.case_consultation_participants DROP COLUMN left_on');
    await db.schema.withSchema(schema).dropTable('case_consultation_invitations');
    await db.raw(`ALTER TABLE dossiers.case_consultations DROP COLUMN status, DROP COLUMN planned_on, DROP COLUMN persons_consented, DROP COLUMN not_informed_reason, DROP COLUMN version`);
    await db.schema.withSchema(schema).dropTable('referrals');
    await db.raw('ALTER TABLE dossiers.dossiers DROP CONSTRAINT dossiers_closed_has_date, DROP COLUMN outcome');
    await db.raw(`ALTER TABLE dossiers.weighings DROP CONSTRAINT weighings_track_check, ADD CONSTRAINT weighings_track_check CHECK (track IN (2, 3))`);
  },
};
