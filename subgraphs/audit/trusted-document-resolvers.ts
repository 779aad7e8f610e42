import { GraphQLError } from 'graphql';
import { Arg, Ctx, FieldResolver, ID, Int, Mutation, Query, Resolver, Root } from 'type-graphql';
import { applicationIdFormat, documentIdFormat } from '../../platform/registry-identifiers';
import { accessOf } from '../common/access';
import { SubgraphContext } from '../common/context';
import { badUserInput } from '../common/errors';
import { checkPageSize, decodeCursor, sortKey, toConnection } from '../common/pagination';
import { write } from '../common/write';
import * as registry from './registry';
import { TrustedDocumentRow } from './rows';
import { Application, DecideTrustedDocumentInput, DocumentStatus, DocumentVerdict, TrustedDocument, TrustedDocumentConnection } from './types';

const illegalDecision = (message: string, status: DocumentStatus) => new GraphQLError(message, { extensions: { code: 'ILLEGAL_TRANSITION', field: 'input.verdict', status } });

@Resolver(() => TrustedDocument)
export class TrustedDocumentResolver {
  @Query(() => TrustedDocumentConnection, {
    description: 'The documents the applications registered, in the order they were registered: those of applications of the DPO’s own region (all for the central DPO)',
  })
  async trustedDocuments(
    @Arg('status', () => DocumentStatus, { nullable: true }) status: DocumentStatus | null,
    @Arg('applicationId', () => ID, { nullable: true }) applicationId: string | null,
    @Arg('first', () => Int, { defaultValue: 20 }) first: number,
    @Arg('after', () => String, { nullable: true }) after: string | null,
    @Ctx() ctx: SubgraphContext,
  ) {
    const afterSeq = decodeCursor(after, sortKey.seq);
    const page = await registry.trustedDocumentPage(ctx.db, ctx.ability, { status, applicationId }, checkPageSize(first), afterSeq ? Number(afterSeq) : null);
    return toConnection(page, (document) => String(document.seq));
  }

  @Mutation(() => TrustedDocument, {
    description: 'Approves or rejects a document of an application of the DPO’s region (any, for the central DPO), with a note; an approval may be withdrawn (REJECT), a rejection is final',
  })
  async decideTrustedDocument(@Arg('input', () => DecideTrustedDocumentInput, { nullable: false }) input: DecideTrustedDocumentInput, @Ctx() ctx: SubgraphContext): Promise<TrustedDocumentRow> {
    // Checked before anything is looked up, so an answer never echoes more than an identifier.
    if (!applicationIdFormat.test(input.applicationId)) throw badUserInput('applicationId must be an application\'s client id', 'input.applicationId');
    if (!documentIdFormat.test(input.documentId)) throw badUserInput('documentId must be "sha256:" and the SHA-256 of the document, in lowercase hex', 'input.documentId');
    const note = input.note.trim();
    if (note.length < 10 || note.length > 2000) throw badUserInput('note must say why, in 10 to 2000 characters', 'input.note');
    const status = input.verdict === DocumentVerdict.APPROVE ? DocumentStatus.APPROVED : DocumentStatus.REJECTED;
    const { applicationId, documentId } = input;
    return write(ctx, 'decideTrustedDocument', async ({ trx, authorize }) => {
      // Another region's application, or its document, is to this DPO one that does not exist.
      const document = await registry.visibleDocumentForDecision(trx, ctx.ability, applicationId, documentId);
      if (!document) throw badUserInput(`there is no document ${documentId} of application ${applicationId} that you may see`, 'input.documentId');
      authorize(accessOf(document)![0]);
      // A page's documents are the hub's own code, approved with its release: rejecting the DPO page's would lock every DPO out.
      if (document.organisationId === null) throw illegalDecision("the hub's own pages' documents are approved with each release; they are not decided here", document.status);
      if (document.status === DocumentStatus.REJECTED) throw illegalDecision('the document is rejected, which is final: a changed document is registered, and decided on, as a new one', document.status);
      if (document.status === status) throw illegalDecision(`the document is already ${status}`, document.status);
      await registry.recordDecision(trx, { applicationId, documentId, status, note, decidedBy: ctx.actor.subject });
      const decided = await registry.visibleDocumentForDecision(trx, ctx.ability, applicationId, documentId);
      return { result: decided!, written: [{ type: 'TrustedDocument', id: registry.documentSubjectId(applicationId, documentId) }] };
    });
  }

  /** A document row carries its application's columns. */
  @FieldResolver(() => Application)
  application(@Root() document: TrustedDocumentRow): Application {
    return {
      id: document.applicationId,
      name: document.applicationName,
      organisation: document.organisationId ? { id: document.organisationId } : null,
      role: document.role,
      purposes: document.purposes,
      revokedAt: document.revokedAt,
    };
  }
}
