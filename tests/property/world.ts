import { Knex } from 'knex';

/**
 * The oracle's knowledge of a generated world: every row of the case data and of the reference
 * data, read straight from the world's database (before and after mutations), as plain rows.
 */

export interface SafeHomeRow { id: string; name: string; codePrefix: string; province: string }
export interface OrganisationRow { id: string; name: string; type: string; safeHomeId: string | null }
export interface InstrumentItemRow { instrumentVersionId: string; code: string; position: number; text: string; kind: string; weight: number; redFlag: boolean }
export interface InstrumentVersionRow { id: string; code: string; version: number; name: string; mediumThreshold: number; highThreshold: number; publishedOn: string }
export interface DossierRow {
  id: string; code: string; safeHomeId: string; track: number | null; status: string; referralSource: string; referredByOrganisationId: string | null;
  referralDate: string; caseManager: string | null; closedOn: string | null; outcome: string | null; version: number;
}
export interface SituationRow { dossierId: string; summary: string; violenceForms: string; recordedOn: string }
export interface WeighingRow { dossierId: string; decidedOn: string; track: number; rationale: string }
export interface ReferralRow {
  id: string; dossierId: string; referredOn: string; incidentOn: string | null; source: string; referredByOrganisationId: string | null; summary: string; repeatWithinYear: boolean;
}
export interface InfoItemRow { id: string; dossierId: string; organisationId: string; category: string; legalBasis: string; content: string; sharedOn: string }
export interface ConsultationRow {
  id: string; dossierId: string; status: string; plannedOn: string | null; heldOn: string | null; personsInformed: boolean | null; personsConsented: boolean | null;
  notInformedReason: string | null; decisions: string | null; version: number;
}
export interface ParticipantRow { caseConsultationId: string; organisationId: string; leftOn: string | null }
export interface InvitationRow { caseConsultationId: string; organisationId: string }
export interface ActionRow { id: string; dossierId: string; description: string; ownerOrganisationId: string; dueOn: string; status: string; version: number }
export interface NoteRow { id: string; dossierId: string; actionPlanItemId: string | null; organisationId: string; note: string; recordedOn: string }
export interface AnonymousConsultRow { id: string; safeHomeId: string; consultedOn: string; askerOrganisationType: string; topic: string }
export interface PersonRow {
  id: string; givenName: string; familyName: string; birthDate: string; nationalNumber: string | null; phone: string | null; email: string | null;
  street: string | null; postalCode: string | null; municipality: string | null; addressProtected: boolean;
}
export interface RoleRow { dossierId: string; personId: string; role: string }
export interface AssessmentRow {
  id: string; dossierId: string; personId: string; instrumentVersionId: string; answers: Record<string, boolean>; score: number; computedLevel: string;
  judgementLevel: string | null; judgementRationale: string | null; level: string; redFlagged: boolean; escalation: string | null;
  assessorOrganisationId: string; assessedOn: string; createdAt: Date;
}

/** A line of the disclosure log, as far as the oracle looks at it (who asked, about which record). */
export interface AuditLineRow {
  seq: number; occurredAt: Date; requestId: string; organisationId: string; role: string; purpose: string; kind: string;
  subjectType: string | null; subjectId: string | null; outcome: string; breakGlass: boolean; hiddenUntil: string | null;
}

/** The case data of a world, as written to its tables (what the generator makes and the mutations change). */
export interface CaseData {
  dossiers: DossierRow[];
  situations: SituationRow[];
  weighings: WeighingRow[];
  referrals: ReferralRow[];
  infoItems: InfoItemRow[];
  consultations: ConsultationRow[];
  participants: ParticipantRow[];
  invitations: InvitationRow[];
  actions: ActionRow[];
  notes: NoteRow[];
  anonymousConsults: AnonymousConsultRow[];
  persons: PersonRow[];
  roles: RoleRow[];
  assessments: AssessmentRow[];
}

export interface ReferenceData {
  safeHomes: SafeHomeRow[];
  organisations: OrganisationRow[];
  instrumentVersions: InstrumentVersionRow[];
  instrumentItems: InstrumentItemRow[];
}

export type WorldData = CaseData & ReferenceData;

const levels = ['LOW', 'MEDIUM', 'HIGH'];
const latestFirst = (a: AssessmentRow, b: AssessmentRow) =>
  b.assessedOn.localeCompare(a.assessedOn) || b.createdAt.getTime() - a.createdAt.getTime() || b.id.localeCompare(a.id);

/** A world with the lookups the oracle and the expected answers need. */
export class World {
  readonly dossier = new Map<string, DossierRow>();
  readonly person = new Map<string, PersonRow>();
  readonly organisation = new Map<string, OrganisationRow>();
  readonly safeHome = new Map<string, SafeHomeRow>();

  /**
   * @param auditLog the disclosure log, read only for the DPO's queries (it grows with every
   * request, so it is read again just after the answer it judges).
   */
  constructor(readonly data: WorldData, readonly today: string, readonly auditLog?: AuditLineRow[]) {
    for (const row of data.dossiers) this.dossier.set(row.id, row);
    for (const row of data.persons) this.person.set(row.id, row);
    for (const row of data.organisations) this.organisation.set(row.id, row);
    for (const row of data.safeHomes) this.safeHome.set(row.id, row);
  }

  /** The same world with its disclosure log as it is now. */
  withAuditLog(lines: AuditLineRow[]): World {
    return new World(this.data, this.today, lines);
  }

  /** Organisations that take part in the dossier's case consultation now: in a held one, and not left. */
  currentParticipants(dossierId: string): string[] {
    const held = new Set(this.data.consultations.filter((c) => c.dossierId === dossierId && c.status === 'HELD').map((c) => c.id));
    return [...new Set(this.data.participants.filter((p) => held.has(p.caseConsultationId) && p.leftOn === null).map((p) => p.organisationId))].sort();
  }

  rolesOfPerson(personId: string): RoleRow[] {
    return this.data.roles.filter((role) => role.personId === personId);
  }

  rolesInDossier(dossierId: string): RoleRow[] {
    return this.data.roles.filter((role) => role.dossierId === dossierId);
  }

  assessmentsOfPerson(personId: string): AssessmentRow[] {
    return this.data.assessments.filter((a) => a.personId === personId).sort(latestFirst);
  }

  /** The highest level among each person's latest assessment in the dossier; null when no one was assessed. */
  currentRiskLevel(dossierId: string): string | null {
    const latest = new Map<string, string>();
    for (const a of this.data.assessments.filter((row) => row.dossierId === dossierId).sort(latestFirst)) if (!latest.has(a.personId)) latest.set(a.personId, a.level);
    return [...latest.values()].reduce<string | null>((max, level) => (max === null || levels.indexOf(level) > levels.indexOf(max) ? level : max), null);
  }
}

/** Today in Flanders, as the hub counts days (overdue actions, dates of writes). */
export const flemishToday = () => new Intl.DateTimeFormat('sv-SE', { timeZone: 'Europe/Brussels' }).format(new Date());

/** Reads the whole world from its database. */
export async function loadWorld(db: Knex): Promise<World> {
  const all = <T>(table: string, order: string[] = []) => db(table).select('*').orderBy(order) as Promise<T[]>;
  const [safeHomes, organisations, instrumentVersions, instrumentItems] = await Promise.all([
    all<SafeHomeRow>('dossiers.safe_homes', ['id']),
    all<OrganisationRow>('dossiers.organisations', ['id']),
    all<InstrumentVersionRow>('risk.instrument_versions', ['id']),
    all<InstrumentItemRow>('risk.instrument_items', ['instrumentVersionId', 'position']),
  ]);
  const [dossiers, situations, weighings, referrals, infoItems, consultations, participants, invitations, actions, notes, anonymousConsults, persons, roles, assessments] =
    await Promise.all([
      all<DossierRow>('dossiers.dossiers', ['code']),
      all<SituationRow>('dossiers.situation_descriptions'),
      all<WeighingRow>('dossiers.weighings'),
      all<ReferralRow>('dossiers.referrals', ['id']),
      all<InfoItemRow>('dossiers.info_sharing_items', ['id']),
      all<ConsultationRow>('dossiers.case_consultations', ['id']),
      all<ParticipantRow>('dossiers.case_consultation_participants'),
      all<InvitationRow>('dossiers.case_consultation_invitations'),
      all<ActionRow>('dossiers.action_plan_items', ['id']),
      all<NoteRow>('dossiers.execution_notes', ['id']),
      all<AnonymousConsultRow>('dossiers.anonymous_consults', ['id']),
      all<PersonRow>('persons.persons', ['id']),
      all<RoleRow>('persons.dossier_persons'),
      all<AssessmentRow>('risk.assessments', ['id']),
    ]);
  return new World(
    { safeHomes, organisations, instrumentVersions, instrumentItems, dossiers, situations, weighings, referrals, infoItems, consultations, participants, invitations, actions, notes, anonymousConsults, persons, roles, assessments },
    flemishToday(),
  );
}

export async function loadAuditLog(db: Knex): Promise<AuditLineRow[]> {
  return db('audit.disclosures')
    .select('seq', 'occurredAt', 'requestId', 'organisationId', 'role', 'purpose', 'kind', 'subjectType', 'subjectId', 'outcome', 'breakGlass', 'hiddenUntil')
    .orderBy('seq');
}
