import 'reflect-metadata';
import { Directive, Field, ID, Int, ObjectType, registerEnumType } from 'type-graphql';
import { OrganisationType } from '../../policy';
import { LocalDate } from '../../platform/scalars';
import { ClosureOutcome, ConsultationStatus, ConsultTopic } from './vocabulary';

export enum DossierStatus {
  REFERRED = 'REFERRED',
  INTAKE = 'INTAKE',
  ACTIVE = 'ACTIVE',
  CLOSED = 'CLOSED',
}
export enum ActionStatus {
  OPEN = 'OPEN',
  DONE = 'DONE',
  CANCELLED = 'CANCELLED',
}
registerEnumType(OrganisationType, { name: 'OrganisationType', description: 'Kinds of partner organisation' });
registerEnumType(DossierStatus, { name: 'DossierStatus', description: 'REFERRED → INTAKE → ACTIVE → CLOSED' });
registerEnumType(ActionStatus, { name: 'ActionStatus' });

@Directive('@key(fields: "id")')
@ObjectType({ description: 'One of the ten Flemish Safe Homes (Veilig Huis), each serving a region' })
export class SafeHome {
  @Field(() => ID, { nullable: false }) id: string;
  @Field(() => String) name: string;
  @Field(() => String, { description: 'Prefix of the codes of its dossiers, e.g. LIMB' }) codePrefix: string;
  @Field(() => String) province: string;
}

@Directive('@key(fields: "id")')
@ObjectType({ description: 'A partner organisation, belonging to one Safe Home region, or the Flemish central team (no region)' })
export class Organisation {
  @Field(() => ID, { nullable: false, description: 'Stable id of the form <region>-<type>, e.g. limburg-police' }) id: string;
  @Field(() => String) name: string;
  @Field(() => OrganisationType) type: OrganisationType;
}

@ObjectType({ description: 'Situation description (situatieschets) of the case file' })
export class SituationDescription {
  @Field(() => String) summary: string;
  @Field(() => String, { description: 'Forms of intrafamilial violence described' }) violenceForms: string;
  @Field(() => LocalDate) recordedOn: string;
}

@ObjectType({ description: 'The weighing (weging): which track the Safe Home decided, and why' })
export class Weighing {
  @Field(() => LocalDate) decidedOn: string;
  @Field(() => Int) track: number;
  @Field(() => String) rationale: string;
}

@ObjectType({ description: 'An item of information a partner shared in the dossier (infodeling)' })
export class InfoSharingItem {
  @Field(() => ID, { nullable: false }) id: string;
  @Field(() => String, { description: 'Data category of the information' }) category: string;
  @Field(() => String, { description: 'Legal basis the partner shared it under' }) legalBasis: string;
  @Field(() => String) content: string;
  @Field(() => LocalDate) sharedOn: string;
}

@ObjectType({ description: 'A case consultation (casusoverleg) under art. 458ter Sw.: planned with invitations, then held with its participants' })
export class CaseConsultation {
  @Field(() => ID, { nullable: false }) id: string;
  @Field(() => ConsultationStatus) status: ConsultationStatus;
  @Field(() => LocalDate, { nullable: true }) plannedOn: string | null;
  @Field(() => LocalDate, { nullable: true }) heldOn: string | null;
  @Field(() => Boolean, { nullable: true, description: 'Whether the persons concerned were informed of the consultation' }) personsInformed: boolean | null;
  @Field(() => Boolean, { nullable: true, description: 'Whether the persons concerned consented to it' }) personsConsented: boolean | null;
  @Field(() => String, { nullable: true, description: 'Why the persons concerned were not informed (e.g. it would endanger the victim)' }) notInformedReason: string | null;
  @Field(() => String, { nullable: true }) decisions: string | null;
  @Field(() => Int, { description: 'Optimistic-concurrency version of the record' }) version: number;
}

@ObjectType({ description: 'An action of the action plan (plan van aanpak), owned by a partner' })
export class ActionPlanItem {
  @Field(() => ID, { nullable: false }) id: string;
  @Field(() => String) description: string;
  @Field(() => LocalDate) dueOn: string;
  @Field(() => ActionStatus) status: ActionStatus;
  @Field(() => Int, { description: 'Optimistic-concurrency version of the record' }) version: number;
}

@ObjectType({ description: 'A note on the execution (uitvoering) of the plan' })
export class ExecutionNote {
  @Field(() => ID, { nullable: false }) id: string;
  @Field(() => String) note: string;
  @Field(() => LocalDate) recordedOn: string;
}

@Directive('@key(fields: "id")')
@ObjectType({ description: 'A case file of a family followed by a Safe Home' })
export class Dossier {
  @Field(() => ID, { nullable: false }) id: string;
  @Field(() => String, { description: 'Case code: the Safe Home prefix and a number, e.g. LIMB6024' }) code: string;
  @Field(() => Int, { nullable: true, description: '0 across the threshold, 2 case support, 3 intensive case management; none until the weighing' }) track: number | null;
  @Field(() => DossierStatus) status: DossierStatus;
  @Field(() => String, { description: 'Who referred the family (organisation type, or SELF)' }) referralSource: string;
  @Field(() => LocalDate) referralDate: string;
  @Field(() => String, { nullable: true }) caseManager: string | null;
  @Field(() => LocalDate, { nullable: true }) closedOn: string | null;
  @Field(() => ClosureOutcome, { nullable: true, description: 'How the dossier ended, once closed' }) outcome: ClosureOutcome | null;
  @Field(() => Int, { description: 'Optimistic-concurrency version of the record' }) version: number;
}

@ObjectType({ description: 'A referral (aanmelding) of the family: the first one opened the dossier, later ones were linked to it' })
export class Referral {
  @Field(() => ID, { nullable: false }) id: string;
  @Field(() => LocalDate) referredOn: string;
  @Field(() => LocalDate, { nullable: true, description: 'When the incident that led to the referral happened' }) incidentOn: string | null;
  @Field(() => String, { description: 'Who referred (organisation type, or SELF)' }) source: string;
  @Field(() => String, { description: 'The situation as the referrer described it' }) summary: string;
  @Field(() => Boolean, { description: 'Escalation: the family was referred before within 12 months of this incident or referral' }) repeatWithinYear: boolean;
}

@ObjectType({ description: "What a referral did: a new dossier, or (the Safe Home's own team referring) a link to the family's open one" })
export class ReferralOutcome {
  @Field(() => Dossier) dossier: Dossier;
  @Field(() => Boolean, {
    description: "True when the Safe Home's team referred persons already in an open dossier of its region and the referral was added to it. A partner's referral is always a new dossier, which the team triages and may link (linkReferral)",
  })
  linkedToExistingDossier: boolean;
  @Field(() => Referral) referral: Referral;
}

@ObjectType({ description: 'A track-1 anonymous consult: advice to a professional, no personal data' })
export class AnonymousConsult {
  @Field(() => ID, { nullable: false }) id: string;
  @Field(() => LocalDate) consultedOn: string;
  @Field(() => OrganisationType) askerOrganisationType: OrganisationType;
  @Field(() => ConsultTopic) topic: ConsultTopic;
}

@Directive('@shareable')
@ObjectType()
export class PageInfo {
  @Field(() => Boolean) hasNextPage: boolean;
  @Field(() => String, { nullable: true, description: 'Pass as `after` to get the next page' }) endCursor: string | null;
}

@ObjectType()
export class DossierConnection {
  @Field(() => [Dossier]) nodes: Dossier[];
  @Field(() => PageInfo) pageInfo: PageInfo;
  @Field(() => Int, { description: 'Dossiers matching the filter, over all pages' }) totalCount: number;
}

@ObjectType()
export class ActionPlanItemConnection {
  @Field(() => [ActionPlanItem]) nodes: ActionPlanItem[];
  @Field(() => PageInfo) pageInfo: PageInfo;
}
