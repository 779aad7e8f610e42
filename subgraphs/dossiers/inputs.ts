import 'reflect-metadata';
import {
  ArrayMaxSize, ArrayMinSize, ArrayUnique, IsEmail, IsIn, IsOptional, IsUUID, Length, Matches, MaxLength, ValidateIf, ValidateNested,
} from 'class-validator';
import { Field, ID, InputType, Int } from 'type-graphql';
import { LegalBasisId, legalBases, OrganisationType, shareableCategories } from '../../policy';
import { LocalDate } from '../../platform/scalars';
import { IsNotInFuture, IsNotInPast } from '../common/validation';
import { PersonRole } from '../persons/exports';
import { weighableTracks } from './state-machine';
import { ActionStatus } from './types';
import { ClosureOutcome, ConsultTopic, ReferralSource } from './vocabulary';

/** Limits on free text: enough for a case file, not for a dump. */
const NAME = 100;
const TEXT = 4000;

@InputType({ description: 'A postal address' })
export class AddressInput {
  @Field(() => String, { nullable: false }) @Length(1, 200) street: string;
  @Field(() => String, { nullable: false }) @Matches(/^\d{4}$/, { message: 'postalCode is a Belgian postal code of four digits' }) postalCode: string;
  @Field(() => String, { nullable: false }) @Length(1, NAME) municipality: string;
}

@InputType({ description: 'A person involved in a referral' })
export class ReferredPersonInput {
  @Field(() => String, { nullable: false }) @Length(1, NAME) givenName: string;
  @Field(() => String, { nullable: false }) @Length(1, NAME) familyName: string;
  @Field(() => LocalDate, { nullable: false }) @IsNotInFuture() birthDate: string;
  @IsOptional() @Field(() => String, { nullable: true, description: 'National register number as YY.MM.DD-XXX.CC' })
  @Matches(/^\d{2}\.\d{2}\.\d{2}-\d{3}\.\d{2}$/, { message: 'nationalNumber is written YY.MM.DD-XXX.CC' })
  nationalNumber?: string | null;
  @Field(() => PersonRole, { nullable: false }) role: PersonRole;
  @IsOptional() @Field(() => String, { nullable: true }) @Matches(/^\+?[0-9 ]{6,20}$/, { message: 'phone is a phone number' }) phone?: string | null;
  @IsOptional() @Field(() => String, { nullable: true }) @IsEmail({}, { message: 'email is an e-mail address' }) @MaxLength(200) email?: string | null;
  @IsOptional() @Field(() => AddressInput, { nullable: true }) @ValidateNested() address?: AddressInput | null;
  @Field(() => Boolean, { defaultValue: false, description: 'The address is a protected, safe address' }) addressProtected: boolean;
}

@InputType({ description: 'A referral (aanmelding) of a family to its region’s Safe Home' })
export class ReferralInput {
  @Field(() => ID, { nullable: false }) @Length(1, NAME) safeHomeId: string;
  @Field(() => ReferralSource, { nullable: true, description: 'Who referred; a partner refers as its own organisation type (the default)' })
  source?: ReferralSource | null;
  @IsOptional() @Field(() => LocalDate, { nullable: true, description: 'Defaults to today' }) @IsNotInFuture() referredOn?: string | null;
  @IsOptional() @Field(() => LocalDate, { nullable: true, description: 'When the incident that led to the referral happened' }) @IsNotInFuture() incidentOn?: string | null;
  @Field(() => String, { nullable: false, description: 'The situation as the referrer sees it' }) @Length(10, TEXT) summary: string;
  @Field(() => String, { nullable: false, description: 'Forms of intrafamilial violence' }) @Length(1, 500) violenceForms: string;
  @Field(() => [ReferredPersonInput], { nullable: false })
  @ArrayMinSize(1, { message: 'persons: a referral names at least one person' })
  @ArrayMaxSize(20, { message: 'persons: at most 20 persons per referral' })
  @ValidateNested()
  persons: ReferredPersonInput[];
}

@InputType({ description: 'A track-1 anonymous consult: no personal data can be given' })
export class AnonymousConsultInput {
  @Field(() => ID, { nullable: false }) @Length(1, NAME) safeHomeId: string;
  @IsOptional() @Field(() => LocalDate, { nullable: true, description: 'Defaults to today' }) @IsNotInFuture() consultedOn?: string | null;
  @Field(() => OrganisationType, { nullable: false, description: 'The kind of organisation of the professional who asked' }) askerOrganisationType: OrganisationType;
  @Field(() => ConsultTopic, { nullable: false }) topic: ConsultTopic;
}

@InputType({ description: 'A change to a dossier made against the version the caller read' })
export class DossierVersionInput {
  @Field(() => ID, { nullable: false }) @IsUUID('all', { message: 'dossierId is a dossier id' }) dossierId: string;
  @Field(() => Int, { nullable: false, description: 'The version the caller read; a stale one is refused' }) expectedVersion: number;
}

@InputType({ description: 'Start the intake of a referred dossier' })
export class StartIntakeInput extends DossierVersionInput {
  @IsOptional() @Field(() => String, { nullable: true }) @Length(1, NAME) caseManager?: string | null;
}

@InputType({ description: 'The weighing (weging): the track decided and why, and the case manager assigned' })
export class WeighingInput extends DossierVersionInput {
  @Field(() => Int, { nullable: false, description: '2 case support (4-6 months), 3 intensive case management (12-18 months), or 0 across the threshold' })
  @IsIn([...weighableTracks], { message: `track is one of ${weighableTracks.join(', ')} (track 1 is the anonymous consult line)` })
  track: number;
  @Field(() => String, { nullable: false }) @Length(10, TEXT) rationale: string;
  @Field(() => String, { nullable: false }) @Length(1, NAME) caseManager: string;
  @IsOptional() @Field(() => LocalDate, { nullable: true, description: 'Defaults to today' }) @IsNotInFuture() decidedOn?: string | null;
}

/** Outcomes a closure may give; a referral is closed as linked only by linking it (linkReferral). */
const closureOutcomes = Object.values(ClosureOutcome).filter((outcome) => outcome !== ClosureOutcome.LINKED_TO_OPEN_DOSSIER);

@InputType({ description: 'Close a dossier, with its outcome' })
export class ClosureInput extends DossierVersionInput {
  @Field(() => ClosureOutcome, { nullable: false })
  @IsIn(closureOutcomes, { message: `outcome is one of ${closureOutcomes.join(', ')} (a referral is linked with linkReferral)` })
  outcome: ClosureOutcome;
  @IsOptional() @Field(() => LocalDate, { nullable: true, description: 'Defaults to today' }) @IsNotInFuture() closedOn?: string | null;
}

@InputType({ description: "Link a referral (a dossier still REFERRED) into the family's open dossier of the same Safe Home, each against the version the caller read" })
export class LinkReferralInput extends DossierVersionInput {
  @Field(() => ID, { nullable: false, description: "The family's open dossier" }) @IsUUID('all', { message: 'intoDossierId is a dossier id' }) intoDossierId: string;
  @Field(() => Int, { nullable: false, description: 'The version of that dossier the caller read; a stale one is refused' }) intoExpectedVersion: number;
}

@InputType({ description: 'Plan a case consultation and invite partner organisations of the region' })
export class ScheduleConsultationInput {
  @Field(() => ID, { nullable: false }) @IsUUID('all', { message: 'dossierId is a dossier id' }) dossierId: string;
  @Field(() => LocalDate, { nullable: false }) @IsNotInPast() plannedOn: string;
  @Field(() => [ID], { nullable: false })
  @ArrayMinSize(1, { message: 'invitedOrganisationIds: invite at least one organisation' }) @ArrayMaxSize(20) @ArrayUnique()
  invitedOrganisationIds: string[];
}

@InputType({ description: 'Record a held case consultation: who took part, whether the persons concerned were informed, what was decided' })
export class RecordConsultationInput {
  @Field(() => ID, { nullable: false }) @IsUUID('all', { message: 'consultationId is a consultation id' }) consultationId: string;
  @Field(() => Int, { nullable: false }) expectedVersion: number;
  @Field(() => LocalDate, { nullable: false }) @IsNotInFuture() heldOn: string;
  @Field(() => [ID], { nullable: false, description: "Organisations that took part; from then on they read the dossier's case content (art. 458ter Sw.)" })
  @ArrayMinSize(1) @ArrayMaxSize(20) @ArrayUnique()
  participantIds: string[];
  @Field(() => Boolean, { nullable: false }) personsInformed: boolean;
  @Field(() => Boolean, { nullable: true }) personsConsented?: boolean | null;
  @Field(() => String, { nullable: true, description: 'Required when the persons were not informed' })
  @ValidateIf((input: RecordConsultationInput) => input.personsInformed === false)
  @Length(10, TEXT, { message: 'notInformedReason: say why the persons concerned were not informed (at least 10 characters)' })
  notInformedReason?: string | null;
  @Field(() => String, { nullable: false }) @Length(1, TEXT) decisions: string;
}

@InputType({ description: 'An organisation leaves the case consultation of a dossier: from then on it no longer reads its case content' })
export class WithdrawalInput {
  @Field(() => ID, { nullable: false }) @IsUUID('all', { message: 'dossierId is a dossier id' }) dossierId: string;
  @Field(() => ID, { nullable: false }) @Length(1, NAME) organisationId: string;
}

@InputType({ description: 'An action of the action plan, owned by a partner organisation' })
export class PlanActionInput {
  @Field(() => ID, { nullable: false }) @IsUUID('all', { message: 'dossierId is a dossier id' }) dossierId: string;
  @Field(() => String, { nullable: false }) @Length(1, 1000) description: string;
  @Field(() => ID, { nullable: false }) @Length(1, NAME) ownerOrganisationId: string;
  @Field(() => LocalDate, { nullable: false }) @IsNotInPast() dueOn: string;
}

@InputType({ description: "The owner's report on an action: a note, and the action's new status if it changed" })
export class ActionProgressInput {
  @Field(() => ID, { nullable: false }) @IsUUID('all', { message: 'actionId is an action id' }) actionId: string;
  @Field(() => Int, { nullable: false }) expectedVersion: number;
  @Field(() => String, { nullable: false }) @Length(1, TEXT) note: string;
  @Field(() => ActionStatus, { nullable: true }) status?: ActionStatus | null;
}

@InputType({ description: 'An item of information shared in a dossier (infodeling), with its category and legal basis' })
export class InformationInput {
  @Field(() => ID, { nullable: false }) @IsUUID('all', { message: 'dossierId is a dossier id' }) dossierId: string;
  @Field(() => String, { nullable: false, description: `One of ${shareableCategories.join(', ')}` })
  @IsIn([...shareableCategories], { message: `category is one of ${shareableCategories.join(', ')}` })
  category: string;
  @Field(() => String, { nullable: false, description: 'The id of the legal basis it is shared under (see docs/POLICY.md)' })
  @IsIn(legalBases.map((basis) => basis.id), { message: 'legalBasis is the id of a known legal basis (see docs/POLICY.md)' })
  legalBasis: LegalBasisId;
  @Field(() => String, { nullable: false }) @Length(1, TEXT) content: string;
}
