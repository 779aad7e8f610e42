import { Arg, Ctx, Field, FieldResolver, ID, InputType, Int, ObjectType, Query, Resolver, Root } from 'type-graphql';
import { SubgraphContext } from '../common/context';
import { checkPageSize, decodeCursor, toConnection } from '../common/pagination';
import * as repository from './repository';
import {
  ActionPlanItem, AnonymousConsult, CaseConsultation, Dossier, DossierConnection, DossierStatus, ExecutionNote,
  InfoSharingItem, Organisation, PageInfo, SafeHome, SituationDescription, Weighing,
} from './types';

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
    const page = await repository.dossierPage(ctx.db, ctx.ability, filter ?? {}, checkPageSize(first), decodeCursor(after));
    return toConnection(page, (dossier) => dossier.code);
  }

  @FieldResolver(() => SafeHome)
  safeHome(@Root() dossier: Dossier, @Ctx() ctx: SubgraphContext) {
    return ctx.load(repository.safeHomesByIds, dossier.safeHomeId);
  }

  @FieldResolver(() => Organisation, { nullable: true, description: 'The organisation that referred the family' })
  referredBy(@Root() dossier: Dossier, @Ctx() ctx: SubgraphContext) {
    return dossier.referredByOrganisationId ? ctx.load(repository.organisationsByIds, dossier.referredByOrganisationId) : null;
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

  @FieldResolver(() => SafeHome)
  safeHome(@Root() organisation: Organisation, @Ctx() ctx: SubgraphContext) {
    return ctx.load(repository.safeHomesByIds, organisation.safeHomeId);
  }
}

@Resolver(() => InfoSharingItem)
export class InfoSharingItemResolver {
  @FieldResolver(() => Organisation, { description: 'The organisation that shared it' })
  organisation(@Root() item: InfoSharingItem, @Ctx() ctx: SubgraphContext) {
    return ctx.load(repository.organisationsByIds, item.organisationId);
  }
}

@Resolver(() => CaseConsultation)
export class CaseConsultationResolver {
  @FieldResolver(() => [Organisation], { description: 'Organisations that took part' })
  async participants(@Root() consultation: CaseConsultation, @Ctx() ctx: SubgraphContext) {
    const ids = await ctx.load(repository.participantIdsByConsultations, consultation.id);
    return Promise.all(ids.map((id) => ctx.load(repository.organisationsByIds, id)));
  }
}

@Resolver(() => ActionPlanItem)
export class ActionPlanItemResolver {
  @FieldResolver(() => Organisation)
  owner(@Root() item: ActionPlanItem, @Ctx() ctx: SubgraphContext) {
    return ctx.load(repository.organisationsByIds, item.ownerOrganisationId);
  }
}

@Resolver(() => ExecutionNote)
export class ExecutionNoteResolver {
  @FieldResolver(() => Organisation)
  organisation(@Root() note: ExecutionNote, @Ctx() ctx: SubgraphContext) {
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
    const page = await repository.anonymousConsultPage(ctx.db, ctx.ability, safeHomeId, checkPageSize(first), decodeCursor(after));
    return toConnection(page, (consult) => consult.id);
  }

  @FieldResolver(() => SafeHome)
  safeHome(@Root() consult: AnonymousConsult, @Ctx() ctx: SubgraphContext) {
    return ctx.load(repository.safeHomesByIds, consult.safeHomeId);
  }
}
