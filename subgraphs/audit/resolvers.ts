import { Arg, Ctx, FieldResolver, ID, Int, Mutation, Query, Resolver, Root } from 'type-graphql';
import { SubgraphContext } from '../common/context';
import { badUserInput } from '../common/errors';
import { checkPageSize, decodeCursor, sortKey, toConnection } from '../common/pagination';
import { uuidArgument } from '../common/validation';
import { write } from '../common/write';
import { verifyLog } from '../../audit-log/verify';
import * as repository from './repository';
import { BreakGlassRequestRow, DisclosureRow } from './rows';
import {
  AuditChainStatus, BreakGlassRequest, BreakGlassRequestConnection, BreakGlassReview, DisclosedField, Disclosure, DisclosureConnection, DisclosureFilter,
  Organisation, ReviewVerdict, SubjectAccessReport,
} from './types';

@Resolver(() => DisclosedField)
export class DisclosedFieldResolver {
  /** Lines written before the log named the granting rules have none. */
  @FieldResolver(() => [String])
  rules(@Root() field: DisclosedField): string[] {
    return field.rules ?? [];
  }
}

@Resolver(() => Disclosure)
export class DisclosureResolver {
  @Query(() => DisclosureConnection, { description: 'The disclosure log, newest first: by person, dossier, organisation, time range; a Safe Home’s DPO gets the lines of its own region, the central DPO all' })
  async disclosures(
    @Arg('filter', () => DisclosureFilter, { nullable: true }) filter: DisclosureFilter | null,
    @Arg('first', () => Int, { defaultValue: 20 }) first: number,
    @Arg('after', () => String, { nullable: true }) after: string | null,
    @Ctx() ctx: SubgraphContext,
  ) {
    const { from, to } = filter ?? {};
    if (from && to && from > to) throw badUserInput('from is after to', 'filter.from');
    const before = decodeCursor(after, sortKey.seq);
    const page = await repository.disclosurePage(ctx.db, ctx.ability, filter ?? {}, checkPageSize(first), before ? Number(before) : null);
    return toConnection(page, (line) => String(line.seq));
  }

  /** The query's nodes are log rows (not typed as Disclosure): a row names its organisation by id only. */
  @FieldResolver(() => Organisation)
  organisation(@Root() line: DisclosureRow): Organisation {
    return { id: line.organisationId };
  }

  /** None for a line no document produced: a break-glass declaration refused before the request's document was read. */
  @FieldResolver(() => ID)
  documentId(@Root() line: DisclosureRow): string | null {
    return line.documentHash ? `sha256:${line.documentHash}` : null;
  }

  @Query(() => AuditChainStatus, { description: "Recomputes the log's hash trees and its chain of signed roots, and reports the first broken line" })
  async auditChainStatus(@Ctx() ctx: SubgraphContext): Promise<AuditChainStatus> {
    const result = await verifyLog(ctx.db);
    return { intact: result.intact, lines: result.lines, roots: result.roots, firstBrokenLine: result.firstBroken?.seq ?? null, reason: result.firstBroken?.reason ?? null };
  }

  @Query(() => SubjectAccessReport, { description: 'GDPR art. 15: who received which categories of this person’s data, when and why (from the lines the DPO may see)' })
  async subjectAccessReport(@Arg('personId', () => ID, { nullable: false, ...uuidArgument('personId', 'a person id') }) personId: string, @Ctx() ctx: SubgraphContext): Promise<SubjectAccessReport> {
    const generatedAt = new Date();
    return { personId, generatedAt, entries: await repository.subjectAccessEntries(ctx.db, ctx.ability, personId, generatedAt.toISOString().slice(0, 10)) };
  }
}

@Resolver(() => BreakGlassRequest)
export class BreakGlassResolver {
  @Query(() => BreakGlassRequestConnection, { description: 'Break-glass requests the DPO has not reviewed yet, oldest first: those on its own region’s records (all for the central DPO)' })
  async breakGlassQueue(
    @Arg('first', () => Int, { defaultValue: 20 }) first: number,
    @Arg('after', () => String, { nullable: true }) after: string | null,
    @Ctx() ctx: SubgraphContext,
  ) {
    const afterSeq = decodeCursor(after, sortKey.seq);
    const page = await repository.breakGlassQueue(ctx.db, ctx.ability, checkPageSize(first), afterSeq ? Number(afterSeq) : null);
    return toConnection(page, (request) => String(request.firstSeq));
  }

  @Mutation(() => BreakGlassReview, { description: 'Records the DPO’s review of a break-glass request it may see; a review is final' })
  async reviewBreakGlass(
    @Arg('requestId', () => ID, { nullable: false }) requestId: string,
    @Arg('verdict', () => ReviewVerdict, { nullable: false }) verdict: ReviewVerdict,
    @Arg('note', () => String, { nullable: false }) note: string,
    @Ctx() ctx: SubgraphContext,
  ): Promise<BreakGlassReview> {
    const text = note.trim();
    if (text.length < 10 || text.length > 2000) throw badUserInput('note must say why, in 10 to 2000 characters', 'note');
    return write(ctx, 'reviewBreakGlass', async ({ trx, authorize }) => {
      // Another region's request is, to this DPO, one that does not exist.
      const request = await repository.visibleBreakGlassRequest(trx, ctx.ability, requestId);
      if (!request) throw badUserInput(`no break-glass request ${requestId}`, 'requestId');
      authorize({ regionIds: request.regionIds });
      const review = await repository.recordReview(trx, { requestId, verdict, note: text, reviewerSubject: ctx.actor.subject });
      if (!review) throw badUserInput(`break-glass request ${requestId} is already reviewed`, 'requestId');
      // The review is in the signed log too: a CHANGE line naming the request, so a review inserted behind the hub's back has none.
      return { result: review, written: [{ type: 'BreakGlassRequest', id: requestId }] };
    });
  }

  /** The queue's nodes are rows grouped from the log (not typed as BreakGlassRequest): a row names its organisation by id only. */
  @FieldResolver(() => Organisation)
  organisation(@Root() request: BreakGlassRequestRow): Organisation {
    return { id: request.organisationId };
  }
}
