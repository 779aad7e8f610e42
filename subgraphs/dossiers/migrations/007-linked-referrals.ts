import { Knex } from 'knex';
import { Migration } from '../../common/subgraph';

// As they were when this migration was written (migrations are history; vocabulary.ts holds today's lists).
const before = ['SAFETY_RESTORED', 'HANDED_OVER_TO_REGULAR_CARE', 'FAMILY_WITHDREW', 'NOT_ACCEPTED', 'OTHER'];
const after = [...before, 'LINKED_TO_OPEN_DOSSIER'];

const outcomeCheck = (outcomes: string[]) =>
  `ALTER TABLE dossiers.dossiers DROP CONSTRAINT dossiers_outcome_check, ADD CONSTRAINT dossiers_outcome_check CHECK (outcome IN (${outcomes.map((o) => `'${o}'`).join(', ')}))`;

/**
 * A partner's referral is always a dossier of its own; when the Safe Home's team finds it is a family
 * it already follows, it links it into that family's open dossier, and the referral's own dossier
 * closes with this outcome.
 */
export const linkedReferrals: Migration = {
  name: '007-linked-referrals',
  async up(db: Knex) {
    await db.raw(outcomeCheck(after));
  },
  async down(db: Knex) {
    await db.raw(outcomeCheck(before));
  },
};
