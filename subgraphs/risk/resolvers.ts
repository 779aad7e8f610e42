import { Ctx, FieldResolver, Query, Resolver, Root } from 'type-graphql';
import { SubgraphContext } from '../common/context';
import * as repository from './repository';
import { RiskAssessmentRow } from './rows';
import {
  Dossier, Organisation, Person, RiskAnswer, RiskAssessment, RiskInstrumentItem, RiskInstrumentVersion, RiskLevel,
} from './types';

@Resolver(() => RiskInstrumentVersion)
export class RiskInstrumentResolver {
  @Query(() => [RiskInstrumentVersion], { description: 'All versions of all risk instruments' })
  riskInstruments(@Ctx() ctx: SubgraphContext) {
    return repository.listInstrumentVersions(ctx.db);
  }

  @FieldResolver(() => [RiskInstrumentItem])
  items(@Root() instrument: RiskInstrumentVersion, @Ctx() ctx: SubgraphContext) {
    return ctx.load(repository.itemsByInstrumentVersions, instrument.id);
  }
}

@Resolver(() => RiskAssessment)
export class RiskAssessmentResolver {
  @FieldResolver(() => RiskInstrumentVersion)
  instrument(@Root() assessment: RiskAssessmentRow, @Ctx() ctx: SubgraphContext) {
    return ctx.load(repository.instrumentVersionsByIds, assessment.instrumentVersionId);
  }

  @FieldResolver(() => [RiskAnswer])
  answers(@Root() assessment: RiskAssessmentRow): RiskAnswer[] {
    return Object.entries(assessment.answers).map(([itemCode, present]) => ({ itemCode, present }));
  }

  @FieldResolver(() => Person, { description: 'The person assessed' })
  subject(@Root() assessment: RiskAssessmentRow): Person {
    return { id: assessment.personId };
  }

  @FieldResolver(() => Organisation, { description: 'The organisation that made the assessment' })
  assessor(@Root() assessment: RiskAssessmentRow): Organisation {
    return { id: assessment.assessorOrganisationId };
  }
}

@Resolver(() => Dossier)
export class DossierRiskResolver {
  @FieldResolver(() => [RiskAssessment], { description: 'All assessments in this dossier, newest first' })
  riskAssessments(@Root() dossier: Dossier, @Ctx() ctx: SubgraphContext) {
    return ctx.load(repository.assessmentsByDossiers, dossier.id);
  }

  @FieldResolver(() => RiskLevel, {
    nullable: true,
    description: "The highest level among each person's latest assessment; null if no one was assessed",
  })
  currentRiskLevel(@Root() dossier: Dossier, @Ctx() ctx: SubgraphContext) {
    return ctx.load(repository.currentLevelsByDossiers, dossier.id);
  }
}

@Resolver(() => Person)
export class PersonRiskResolver {
  @FieldResolver(() => [RiskAssessment], { description: "The person's risk history over all dossiers, newest first" })
  riskHistory(@Root() person: Person, @Ctx() ctx: SubgraphContext) {
    return ctx.load(repository.assessmentsByPersons, person.id);
  }
}
