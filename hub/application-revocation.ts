import { Knex } from 'knex';
import { appendInTransaction } from '../audit-log/append';
import { revokeApplication } from '../subgraphs/audit/registry';
import { hubChangeLines } from './document-registration';

export interface Revocation {
  applicationId: string;
  /** Who revokes it (an operator, the DPO), as the disclosure log names them. */
  revokedBy: string;
  note: string;
}

/**
 * Revokes an application with a note, as a CHANGE line on the disclosure log's chain in the same
 * transaction: the gateway refuses its tokens (UNAUTHENTICATED) once its registry cache is renewed.
 */
export async function revokeApplicationOnRecord(db: Knex, { applicationId, revokedBy, note }: Revocation): Promise<void> {
  const text = note.trim();
  if (text.length < 10 || text.length > 2000) throw new Error('the note must say why, in 10 to 2000 characters');
  await db.transaction(async (trx) => {
    if (!(await revokeApplication(trx, applicationId, revokedBy, text))) throw new Error(`there is no application ${applicationId}, or it is revoked already`);
    await appendInTransaction(trx, hubChangeLines(revokedBy, 'revokeApplication', JSON.stringify({ applicationId, revokedBy, note: text }), 'Application.revokedAt', [{ type: 'Application', id: applicationId }]));
  });
}
