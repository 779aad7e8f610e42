import { Arg, Ctx, Field, FieldResolver, ID, InputType, Int, ObjectType, Query, Resolver, Root } from 'type-graphql';
import { SubgraphContext } from '../common/context';
import { checkPageSize, decodeCursor, sortKey, toConnection } from '../common/pagination';
import { possibleMatchesByDossiers } from '../persons/exports';
import * as repository from './repository';
import { ActionPlanItemRow, AnonymousConsultRow, DossierRow, ExecutionNoteRow, InfoSharingItemRow, OrganisationRow, ReferralRow } from './rows';
import {
  ActionPlanItem, ActionPlanItemConnection, AnonymousConsult, CaseConsultation, Dossier, DossierConnection, DossierStatus, ExecutionNote,
  InfoSharingItem, Organisation, PageInfo, Referral, SafeHome, SituationDescription, Weighing,
} from './types';
import { today } from '../common/validation';

@InputType({ description: 'Narrows a list of dossiers; all given conditions must hold' })
class DossierFilter {
  @Field(() => ID, { nullable: true }) safeHomeId?: string | null;
  @Field(() => DossierStatus, { nullable: true }) status?: DossierStatus | null;
  @Field(() => Int, { nullable: true }) track?: number | null;
}

@ObjectType()
class AnonymousConsultConnection {
  @Field(() => [AnonymousConsult]) nodes: AnonymousConsult[];
  @Field(() => PageInfo) pageInfo: PageInfo;
}

@Resolver(() => Dossier)
export class DossierResolver {
  @Query(() => Dossier, { nullable: true, description: 'A dossier by its case code, e.g. LIMB6024' })
  dossier(@Arg('code', () => String, { nullable: false }) code: string, @Ctx() ctx: SubgraphContext) {
    return repository.dossierByCode(ctx.db, ctx.ability, code);
  }

  @Query(() => DossierConnection, { description: 'Dossiers in case-code order, a page at a time' })
  async dossiers(
    @Arg('filter', () => DossierFilter, { nullable: true }) filter: DossierFilter | null,
    @Arg('first', () => Int, { defaultValue: 20, description: 'Page size, 1 to 100' }) first: number,
    @Arg('after', () => String, { nullable: true }) after: string | null,
    @Ctx() ctx: SubgraphContext,
  ): Promise<DossierConnection> {
    const page = await repository.dossierPage(ctx.db, ctx.ability, filter ?? {}, checkPageSize(first), decodeCursor(after, sortKey.code));
    return toConnection(page, (dossier) => dossier.code);
  }

  @FieldResolver(() => SafeHome)
  safeHome(@Root() dossier: DossierRow, @Ctx() ctx: SubgraphContext) {
    return ctx.load(repository.safeHomesByIds, dossier.safeHomeId);
  }

  @FieldResolver(() => Organisation, { nullable: true, description: 'The organisation that referred the family' })
  referredBy(@Root() dossier: DossierRow, @Ctx() ctx: SubgraphContext) {
    return dossier.referredByOrganisationId ? ctx.load(repository.organisationsByIds, dossier.referredByOrganisationId) : null;
  }

  @FieldResolver(() => [Referral], { description: 'Every referral of the family, the first one opened the dossier' })
  referrals(@Root() dossier: Dossier, @Ctx() ctx: SubgraphContext) {
    return ctx.load(repository.referralsByDossiers, dossier.id);
  }

  @FieldResolver(() => [Dossier], {
    description: "The other open dossiers of this Safe Home that possibly hold one of this dossier's persons (the same person, national number, or name and birth date), in code order: what the Safe Home's team triages a referral against before linking it (linkReferral)",
  })
  async possibleMatches(@Root() dossier: Dossier, @Ctx() ctx: SubgraphContext) {
    const ids = await ctx.load(possibleMatchesByDossiers, dossier.id);
    const matches = await Promise.all(ids.map((id) => ctx.load(repository.dossiersByIds, id)));
    return matches.filter((match): match is DossierRow => match !== null).sort((a, b) => a.code.localeCompare(b.code));
  }

  @FieldResolver(() => SituationDescription, { nullable: true })
  situation(@Root() dossier: Dossier, @Ctx() ctx: SubgraphContext) {
    return ctx.load(repository.situationsByDossiers, dossier.id);
  }

  @FieldResolver(() => Weighing, { nullable: true })
  weighing(@Root() dossier: Dossier, @Ctx() ctx: SubgraphContext) {
    return ctx.load(repository.weighingsByDossiers, dossier.id);
  }

  @FieldResolver(() => [InfoSharingItem])
  infoSharing(@Root() dossier: Dossier, @Ctx() ctx: SubgraphContext) {
    return ctx.load(repository.infoSharingByDossiers, dossier.id);
  }

  @FieldResolver(() => [CaseConsultation])
  caseConsultations(@Root() dossier: Dossier, @Ctx() ctx: SubgraphContext) {
    return ctx.load(repository.consultationsByDossiers, dossier.id);
  }

  @FieldResolver(() => [ActionPlanItem])
  actionPlan(@Root() dossier: Dossier, @Ctx() ctx: SubgraphContext) {
    return ctx.load(repository.actionPlanByDossiers, dossier.id);
  }

  @FieldResolver(() => [ExecutionNote])
  executionNotes(@Root() dossier: Dossier, @Ctx() ctx: SubgraphContext) {
    return ctx.load(repository.executionNotesByDossiers, dossier.id);
  }
}

@Resolver(() => SafeHome)
export class SafeHomeResolver {
  @Query(() => [SafeHome])
  safeHomes(@Ctx() ctx: SubgraphContext) {
    return repository.listSafeHomes(ctx.db);
  }

  @Query(() => SafeHome, { nullable: true })
  safeHome(@Arg('id', () => ID, { nullable: false }) id: string, @Ctx() ctx: SubgraphContext) {
    return ctx.load(repository.safeHomesByIds, id);
  }

  @FieldResolver(() => [Organisation])
  organisations(@Root() safeHome: SafeHome, @Ctx() ctx: SubgraphContext) {
    return ctx.load(repository.organisationsBySafeHomes, safeHome.id);
  }
}

@Resolver(() => Organisation)
export class OrganisationResolver {
  @Query(() => Organisation, { nullable: true })
  organisation(@Arg('id', () => ID, { nullable: false }) id: string, @Ctx() ctx: SubgraphContext) {
    return ctx.load(repository.organisationsByIds, id);
  }

  @FieldResolver(() => SafeHome, { description: 'Null for the central team, which belongs to no region' })
  safeHome(@Root() organisation: OrganisationRow, @Ctx() ctx: SubgraphContext) {
    return organisation.safeHomeId ? ctx.load(repository.safeHomesByIds, organisation.safeHomeId) : null;
  }
}

@Resolver(() => InfoSharingItem)
export class InfoSharingItemResolver {
  @FieldResolver(() => Organisation, { description: 'The organisation that shared it' })
  organisation(@Root() item: InfoSharingItemRow, @Ctx() ctx: SubgraphContext) {
    return ctx.load(repository.organisationsByIds, item.organisationId);
  }
}

@Resolver(() => Referral)
export class ReferralResolver {
  @FieldResolver(() => Organisation, { nullable: true, description: 'The organisation that referred (none for a self-referral)' })
  referredBy(@Root() referral: ReferralRow, @Ctx() ctx: SubgraphContext) {
    return referral.referredByOrganisationId ? ctx.load(repository.organisationsByIds, referral.referredByOrganisationId) : null;
  }
}

@Resolver(() => CaseConsultation)
export class CaseConsultationResolver {
  @FieldResolver(() => [Organisation], { description: 'Organisations invited' })
  async invited(@Root() consultation: CaseConsultation, @Ctx() ctx: SubgraphContext) {
    const ids = await ctx.load(repository.invitedIdsByConsultations, consultation.id);
    return Promise.all(ids.map((id) => ctx.load(repository.organisationsByIds, id)));
  }

  @FieldResolver(() => [Organisation], { description: 'Organisations that took part' })
  async participants(@Root() consultation: CaseConsultation, @Ctx() ctx: SubgraphContext) {
    const ids = await ctx.load(repository.participantIdsByConsultations, consultation.id);
    return Promise.all(ids.map((id) => ctx.load(repository.organisationsByIds, id)));
  }
}

@Resolver(() => ActionPlanItem)
export class ActionPlanItemResolver {
  @Query(() => ActionPlanItemConnection, { description: 'Open actions past their due date in the open dossiers you may see, a page at a time' })
  async overdueActions(
    @Arg('first', () => Int, { defaultValue: 20, description: 'Page size, 1 to 100' }) first: number,
    @Arg('after', () => String, { nullable: true }) after: string | null,
    @Ctx() ctx: SubgraphContext,
  ): Promise<ActionPlanItemConnection> {
    const page = await repository.overdueActionPage(ctx.db, ctx.ability, today(), checkPageSize(first), decodeCursor(after, sortKey.uuid));
    return toConnection(page, (action) => action.id);
  }

  @FieldResolver(() => Boolean, { description: 'Open and past its due date' })
  overdue(@Root() item: ActionPlanItemRow): boolean {
    return item.status === 'OPEN' && String(item.dueOn) < today();
  }

  @FieldResolver(() => Dossier, { nullable: true })
  dossier(@Root() item: ActionPlanItemRow, @Ctx() ctx: SubgraphContext) {
    return ctx.load(repository.dossiersByIds, item.dossierId);
  }

  @FieldResolver(() => Organisation)
  owner(@Root() item: ActionPlanItemRow, @Ctx() ctx: SubgraphContext) {
    return ctx.load(repository.organisationsByIds, item.ownerOrganisationId);
  }
}

@Resolver(() => ExecutionNote)
export class ExecutionNoteResolver {
  @FieldResolver(() => Organisation)
  organisation(@Root() note: ExecutionNoteRow, @Ctx() ctx: SubgraphContext) {
    return ctx.load(repository.organisationsByIds, note.organisationId);
  }
}

@Resolver(() => AnonymousConsult)
export class AnonymousConsultResolver {
  @Query(() => AnonymousConsultConnection, { description: 'Track-1 anonymous consults, a page at a time' })
  async anonymousConsults(
    @Arg('safeHomeId', () => ID, { nullable: true }) safeHomeId: string | null,
    @Arg('first', () => Int, { defaultValue: 20 }) first: number,
    @Arg('after', () => String, { nullable: true }) after: string | null,
    @Ctx() ctx: SubgraphContext,
  ): Promise<AnonymousConsultConnection> {
    const page = await repository.anonymousConsultPage(ctx.db, ctx.ability, safeHomeId, checkPageSize(first), decodeCursor(after, sortKey.uuid));
    return toConnection(page, (consult) => consult.id);
  }

  @FieldResolver(() => SafeHome)
  safeHome(@Root() consult: AnonymousConsultRow, @Ctx() ctx: SubgraphContext) {
    return ctx.load(repository.safeHomesByIds, consult.safeHomeId);
  }
}
