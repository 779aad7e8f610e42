import 'reflect-metadata';
import { IsOptional, IsUUID } from 'class-validator';
import { Directive, Field, ID, InputType, Int, ObjectType, registerEnumType } from 'type-graphql';
import { DateTimeISO, LocalDate } from '../../platform/scalars';

@Directive('@key(fields: "id", resolvable: false)')
@ObjectType()
export class Organisation {
  @Field(() => ID, { nullable: false }) id: string;
}

@Directive('@shareable')
@ObjectType()
export class PageInfo {
  @Field(() => Boolean) hasNextPage: boolean;
  @Field(() => String, { description: 'Pass as `after` to get the next page' }) endCursor: string | null;
}

@ObjectType({ description: 'A field that left the hub, its data category and the legal bases it was granted under' })
export class DisclosedField {
  @Field(() => String, { description: 'Schema coordinate, e.g. Person.givenName' }) field: string;
  @Field(() => String) category: string;
  @Field(() => [String], { description: 'The policy rules that allowed it for this record (none on lines written before rules were logged)' }) rules?: string[];
  @Field(() => [String]) legalBasis: string[];
}

@ObjectType({ description: 'A field the policy refused, and why' })
export class DeniedField {
  @Field(() => String) field: string;
  @Field(() => String) reason: string;
}

@ObjectType({ description: 'One line of the disclosure log: what left the hub about one person or dossier, to whom, why' })
export class Disclosure {
  @Field(() => ID, { nullable: false, description: 'Position in the hash chain' }) seq: string;
  @Field(() => DateTimeISO) occurredAt: Date;
  @Field(() => String) requestId: string;
  @Field(() => String, { description: 'W3C trace id' }) traceId: string;
  @Field(() => String) actorSubject: string;
  @Field(() => Organisation) organisation: Organisation;
  @Field(() => String) role: string;
  @Field(() => String) purpose: string;
  @Field(() => String) operationName: string | null;
  @Field(() => String, { description: 'SHA-256 of the document the client sent (or named by its id), in hex' }) documentHash: string;
  @Field(() => ID, { description: 'The document that produced the line: "sha256:" and its documentHash; null for a refused break-glass declaration, refused before any document was read' }) documentId?: string | null;
  @Field(() => String, { description: 'SUBJECT (a person or dossier read), SUMMARY (no personal data) or CHANGE (a record written)' }) kind: string;
  @Field(() => String) subjectType: string | null;
  @Field(() => ID) subjectId: string | null;
  @Field(() => [DisclosedField]) fields: DisclosedField[];
  @Field(() => [DeniedField]) denied: DeniedField[];
  @Field(() => String, { description: 'DISCLOSED, PARTIAL, DENIED, NOTHING, or WRITTEN for a change' }) outcome: string;
  @Field(() => Boolean) breakGlass: boolean;
  @Field(() => String) justification: string | null;
  @Field(() => LocalDate, { description: 'Kept out of subject-access reports until this date (investigation)' }) hiddenUntil: string | null;
}

@ObjectType()
export class DisclosureConnection {
  @Field(() => [Disclosure]) nodes: Disclosure[];
  @Field(() => PageInfo) pageInfo: PageInfo;
  @Field(() => Int) totalCount: number;
}

@ObjectType({ description: "Whether every line of the disclosure log still holds its hash and its place under its batch's signed, chained root" })
export class AuditChainStatus {
  @Field(() => Boolean) intact: boolean;
  @Field(() => Int, { description: 'Lines that hold, from the first kept' }) lines: number;
  @Field(() => Int, { description: 'Signed batch roots that hold, from the first' }) roots: number;
  @Field(() => Int, { description: 'The first line that does not hold' }) firstBrokenLine: number | null;
  @Field(() => String) reason: string | null;
}

@ObjectType({ description: 'One disclosure of a person’s data, as the person may be told of it' })
export class SubjectAccessEntry {
  @Field(() => DateTimeISO) occurredAt: Date;
  @Field(() => Organisation, { description: 'Who received or wrote it' }) organisation: Organisation;
  @Field(() => String) role: string;
  @Field(() => String, { description: 'Why: the purpose declared' }) purpose: string;
  @Field(() => String, { description: 'DISCLOSED or PARTIAL (their data was read), WRITTEN (it was recorded or changed)' }) outcome: string;
  @Field(() => String, { description: "Person (the person's own record) or Dossier (the family's case file)" }) record: string;
  @Field(() => [String], { description: 'Which categories of their data' }) categories: string[];
  @Field(() => [String], { description: 'On which legal bases' }) legalBasis: string[];
}

@ObjectType({ description: 'GDPR art. 15: who received which categories of a person’s data, when and why' })
export class SubjectAccessReport {
  @Field(() => ID, { nullable: false }) personId: string;
  @Field(() => DateTimeISO) generatedAt: Date;
  @Field(() => [SubjectAccessEntry]) entries: SubjectAccessEntry[];
}

export enum DisclosureOutcome {
  DISCLOSED = 'DISCLOSED',
  PARTIAL = 'PARTIAL',
  DENIED = 'DENIED',
  NOTHING = 'NOTHING',
  WRITTEN = 'WRITTEN',
}
registerEnumType(DisclosureOutcome, {
  name: 'DisclosureOutcome',
  description: 'What a line of the disclosure log records: DISCLOSED (all asked), PARTIAL (some refused), DENIED (all refused), NOTHING (nothing personal), WRITTEN (a change)',
});

@InputType({ description: 'Which disclosures: about a person or a dossier, to an organisation, in a time range, with an outcome' })
export class DisclosureFilter {
  @IsOptional() @IsUUID('all', { message: 'personId is a person id' }) @Field(() => ID) personId?: string | null;
  @IsOptional() @IsUUID('all', { message: 'dossierId is a dossier id' }) @Field(() => ID, { description: 'The dossier, and the persons in it as read in its region' }) dossierId?: string | null;
  @Field(() => ID) organisationId?: string | null;
  @Field(() => DateTimeISO) from?: Date | null;
  @Field(() => DateTimeISO) to?: Date | null;
  @Field(() => Boolean, { description: 'Only break-glass disclosures' }) breakGlassOnly?: boolean | null;
  @Field(() => DisclosureOutcome, { description: 'Only the lines with this outcome' }) outcome?: DisclosureOutcome | null;
}

export enum ReviewVerdict {
  JUSTIFIED = 'JUSTIFIED',
  UNJUSTIFIED = 'UNJUSTIFIED',
}
registerEnumType(ReviewVerdict, { name: 'ReviewVerdict', description: "The DPO's finding on a break-glass access" });

@ObjectType({ description: 'A request made under break-glass, awaiting or after the DPO’s review' })
export class BreakGlassRequest {
  @Field(() => ID, { nullable: false }) requestId: string;
  @Field(() => DateTimeISO) occurredAt: Date;
  @Field(() => String) actorSubject: string;
  @Field(() => Organisation) organisation: Organisation;
  @Field(() => String) role: string;
  @Field(() => String) purpose: string;
  @Field(() => String) justification: string;
  @Field(() => Int, { description: 'Log lines of the request (persons and dossiers it disclosed)' }) lines: number;
}

@ObjectType()
export class BreakGlassRequestConnection {
  @Field(() => [BreakGlassRequest]) nodes: BreakGlassRequest[];
  @Field(() => PageInfo) pageInfo: PageInfo;
  @Field(() => Int) totalCount: number;
}

@ObjectType({ description: "The DPO's review of a break-glass request" })
export class BreakGlassReview {
  @Field(() => ID, { nullable: false }) requestId: string;
  @Field(() => ReviewVerdict) verdict: ReviewVerdict;
  @Field(() => String) note: string;
  @Field(() => String) reviewerSubject: string;
  @Field(() => DateTimeISO) reviewedAt: Date;
}

export enum DocumentStatus {
  PENDING = 'PENDING',
  APPROVED = 'APPROVED',
  REJECTED = 'REJECTED',
}
registerEnumType(DocumentStatus, {
  name: 'DocumentStatus',
  description: "Where a trusted document stands: PENDING until the DPO decides; APPROVED runs (and may be withdrawn: REJECTED); REJECTED is final (a changed document is a new one)",
});

export enum DocumentVerdict {
  APPROVE = 'APPROVE',
  REJECT = 'REJECT',
}
registerEnumType(DocumentVerdict, { name: 'DocumentVerdict', description: "The DPO's decision on a trusted document" });

@ObjectType({ description: 'An application registered with the hub: a partner application, bound to one organisation and role, or one of the hub’s own pages' })
export class Application {
  @Field(() => ID, { nullable: false, description: 'Its OAuth client id' }) id: string;
  @Field(() => String) name: string;
  @Field(() => Organisation, { description: 'The organisation it acts for (none for the hub’s own pages, which serve the staff of any)' }) organisation: Organisation | null;
  @Field(() => String, { description: 'The role its tokens carry (none for the hub’s own pages)' }) role: string | null;
  @Field(() => [String], { description: 'The purposes it may declare' }) purposes: string[];
  @Field(() => DateTimeISO, { description: 'When it was revoked: its tokens are refused since' }) revokedAt: Date | null;
}

@ObjectType({ description: 'A document (operation) an application registered, which it may run by its id once the DPO approves it' })
export class TrustedDocument {
  @Field(() => ID, { nullable: false, description: '"sha256:" and the SHA-256 of its text, in hex' }) documentId: string;
  @Field(() => Application) application: Application;
  @Field(() => String) operationName: string;
  @Field(() => String, { description: 'Its text, exactly as registered and hashed' }) body: string;
  @Field(() => DocumentStatus) status: DocumentStatus;
  @Field(() => String, { description: 'Why it was approved or rejected' }) note: string | null;
  @Field(() => String, { description: 'Who decided: the DPO’s subject, or "seed" and "hub-release" for the decisions the hub takes itself' }) decidedBy: string | null;
  @Field(() => DateTimeISO) decidedAt: Date | null;
  @Field(() => DateTimeISO) registeredAt: Date;
}

@ObjectType()
export class TrustedDocumentConnection {
  @Field(() => [TrustedDocument]) nodes: TrustedDocument[];
  @Field(() => PageInfo) pageInfo: PageInfo;
  @Field(() => Int) totalCount: number;
}

@InputType({ description: "The DPO's decision on one application's document" })
export class DecideTrustedDocumentInput {
  @Field(() => ID, { nullable: false }) applicationId: string;
  @Field(() => ID, { nullable: false, description: '"sha256:<hex>"' }) documentId: string;
  @Field(() => DocumentVerdict, { nullable: false }) verdict: DocumentVerdict;
  @Field(() => String, { nullable: false, description: 'Why, in 10 to 2000 characters' }) note: string;
}
