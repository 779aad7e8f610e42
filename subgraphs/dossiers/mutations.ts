import { Arg, Ctx, Mutation, Resolver } from 'type-graphql';
import { SubgraphContext } from '../common/context';
import * as caseWork from './case-work';
import {
  ActionProgressInput, AnonymousConsultInput, ClosureInput, InformationInput, LinkReferralInput, PlanActionInput, RecordConsultationInput, ReferralInput,
  ScheduleConsultationInput, StartIntakeInput, WeighingInput, WithdrawalInput,
} from './inputs';
import { ActionPlanItem, AnonymousConsult, CaseConsultation, Dossier, InfoSharingItem, ReferralOutcome } from './types';

const input = <T>(type: new () => T) => Arg('input', () => type, { nullable: false });

/** The case work of the dossiers subgraph, from referral to closure (case-work.ts holds the rules). */
@Resolver()
export class CaseWorkMutations {
  @Mutation(() => ReferralOutcome, { description: "Refer a family: a new dossier (REFERRED); the Safe Home's own team's referral is linked instead to the open dossier of its region the persons are already in" })
  referFamily(@input(ReferralInput) referral: ReferralInput, @Ctx() ctx: SubgraphContext) {
    return caseWork.referFamily(ctx, referral);
  }

  @Mutation(() => Dossier, { nullable: true, description: "The Safe Home's team links a referral (a dossier still REFERRED) into the family's open dossier: the referral and its persons not yet there join it, and the referral's own dossier closes as LINKED_TO_OPEN_DOSSIER" })
  linkReferral(@input(LinkReferralInput) link: LinkReferralInput, @Ctx() ctx: SubgraphContext) {
    return caseWork.linkReferral(ctx, link);
  }

  @Mutation(() => AnonymousConsult, { description: 'Record a track-1 anonymous consult (no personal data)' })
  recordAnonymousConsult(@input(AnonymousConsultInput) consult: AnonymousConsultInput, @Ctx() ctx: SubgraphContext) {
    return caseWork.recordAnonymousConsult(ctx, consult);
  }

  @Mutation(() => Dossier, { nullable: true, description: 'REFERRED → INTAKE' })
  startIntake(@input(StartIntakeInput) intake: StartIntakeInput, @Ctx() ctx: SubgraphContext) {
    return caseWork.startIntake(ctx, intake);
  }

  @Mutation(() => Dossier, { nullable: true, description: 'The weighing: INTAKE → ACTIVE on the track decided, with a case manager' })
  weighDossier(@input(WeighingInput) weighing: WeighingInput, @Ctx() ctx: SubgraphContext) {
    return caseWork.weighDossier(ctx, weighing);
  }

  @Mutation(() => CaseConsultation, { description: 'Plan a case consultation and invite partners of the region' })
  scheduleCaseConsultation(@input(ScheduleConsultationInput) schedule: ScheduleConsultationInput, @Ctx() ctx: SubgraphContext) {
    return caseWork.scheduleCaseConsultation(ctx, schedule);
  }

  @Mutation(() => CaseConsultation, { description: 'Record a held case consultation: its participants read the case content from then on' })
  recordCaseConsultation(@input(RecordConsultationInput) record: RecordConsultationInput, @Ctx() ctx: SubgraphContext) {
    return caseWork.recordCaseConsultation(ctx, record);
  }

  @Mutation(() => Dossier, { nullable: true, description: "An organisation leaves the dossier's case consultation and loses access to its case content" })
  withdrawFromCaseConsultation(@input(WithdrawalInput) withdrawal: WithdrawalInput, @Ctx() ctx: SubgraphContext) {
    return caseWork.withdrawFromCaseConsultation(ctx, withdrawal);
  }

  @Mutation(() => ActionPlanItem, { description: 'Add an action to the action plan, owned by a partner' })
  planAction(@input(PlanActionInput) action: PlanActionInput, @Ctx() ctx: SubgraphContext) {
    return caseWork.planAction(ctx, action);
  }

  @Mutation(() => ActionPlanItem, { description: "The owner's progress report on an action" })
  reportActionProgress(@input(ActionProgressInput) progress: ActionProgressInput, @Ctx() ctx: SubgraphContext) {
    return caseWork.reportActionProgress(ctx, progress);
  }

  @Mutation(() => InfoSharingItem, { description: 'Share an item of information in a dossier (infodeling), with its category and legal basis' })
  shareInformation(@input(InformationInput) information: InformationInput, @Ctx() ctx: SubgraphContext) {
    return caseWork.shareInformation(ctx, information);
  }

  @Mutation(() => Dossier, { nullable: true, description: "Close a dossier with its outcome; from then on only the Safe Home's team reads it" })
  closeDossier(@input(ClosureInput) closure: ClosureInput, @Ctx() ctx: SubgraphContext) {
    return caseWork.closeDossier(ctx, closure);
  }
}
