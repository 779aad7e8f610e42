import { Knex } from 'knex';
import { Migration } from '../../common/subgraph';

/**
 * The registry of trusted documents: the applications that may call the hub (partner applications
 * and the hub's own pages, each an OAuth client of the identity provider) and the documents each
 * registered, each PENDING until the DPO approves or rejects it. The same text registered by two
 * applications is two documents to decide on: what it discloses depends on who runs it. A new
 * version of a document (another hash) is another row. A document's text never changes and a row
 * is never removed; its decision is also on the disclosure log's chain (a CHANGE line).
 */
export const trustedDocuments: Migration = {
  name: '006-trusted-documents',
  async up(db: Knex) {
    await db.schema.withSchema('audit').createTable('applications', (t) => {
      t.text('id').primary();
      t.text('name').notNullable();
      // A partner application is bound to one organisation and role; the hub's own pages serve staff of any.
      t.text('organisation_id');
      t.text('role');
      t.specificType('purposes', 'text[]').notNullable();
      t.timestamp('registered_at', { useTz: true }).notNullable().defaultTo(db.fn.now());
      t.timestamp('revoked_at', { useTz: true });
      t.text('revoked_by');
      t.text('revocation_note');
    });
    await db.raw(`ALTER TABLE audit.applications ADD CONSTRAINT applications_revocation_check CHECK ((revoked_at IS NULL) = (revoked_by IS NULL) AND (revoked_at IS NULL) = (revocation_note IS NULL))`);
    await db.schema.withSchema('audit').createTable('trusted_documents', (t) => {
      t.text('application_id').notNullable().references('id').inTable('audit.applications');
      t.text('document_id').notNullable();
      t.text('operation_name').notNullable();
      t.text('body').notNullable();
      t.text('status').notNullable().defaultTo('PENDING');
      t.text('note');
      t.text('decided_by');
      t.timestamp('decided_at', { useTz: true });
      t.timestamp('registered_at', { useTz: true }).notNullable().defaultTo(db.fn.now());
      // The order of registration, for the DPO's pages.
      t.specificType('seq', 'bigint GENERATED ALWAYS AS IDENTITY').notNullable().unique();
      t.primary(['application_id', 'document_id']);
      t.index(['status', 'seq']);
    });
    await db.raw(`ALTER TABLE audit.trusted_documents
      ADD CONSTRAINT trusted_documents_status_check CHECK (status IN ('PENDING', 'APPROVED', 'REJECTED')),
      ADD CONSTRAINT trusted_documents_document_id_check CHECK (document_id ~ '^sha256:[0-9a-f]{64}$'),
      ADD CONSTRAINT trusted_documents_decision_check CHECK ((status = 'PENDING') = (decided_at IS NULL) AND (decided_at IS NULL) = (decided_by IS NULL) AND (decided_at IS NULL) = (note IS NULL))`);
    // What a document is never changes, and a rejection is final: only a decision on a pending or approved document is written.
    await db.raw(`
      CREATE FUNCTION audit.trusted_document_unchanged() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN
        IF TG_OP = 'DELETE' OR NEW.application_id <> OLD.application_id OR NEW.document_id <> OLD.document_id OR NEW.operation_name <> OLD.operation_name
          OR NEW.body <> OLD.body OR NEW.registered_at <> OLD.registered_at OR OLD.status = 'REJECTED' THEN
          RAISE EXCEPTION 'a trusted document is registered once and a rejection is final: % is not allowed', TG_OP USING ERRCODE = 'insufficient_privilege';
        END IF;
        RETURN NEW;
      END $$`);
    await db.raw(`CREATE TRIGGER trusted_documents_unchanged BEFORE UPDATE OR DELETE ON audit.trusted_documents FOR EACH ROW EXECUTE FUNCTION audit.trusted_document_unchanged()`);
    await db.raw(`CREATE TRIGGER trusted_documents_no_truncate BEFORE TRUNCATE ON audit.trusted_documents FOR EACH STATEMENT EXECUTE FUNCTION audit.refuse_change()`);
  },
  async down(db: Knex) {
    await db.schema.withSchema('audit').dropTable('trusted_documents');
    await db.schema.withSchema('audit').dropTable('applications');
    await db.raw('DROP FUNCTION audit.trusted_document_unchanged()');
  },
};
