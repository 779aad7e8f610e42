import { getNamedType } from 'graphql';
import { recordAttributes } from '../../policy/record-attributes';
import { JudgedRecord, Oracle } from './oracle';
import { anonymousConsultRecord, auditLineRegions, auditRecord, inDossier, personInDossier, personRecord } from './record-facts';
import { objectType } from './selections';
import { ActionRow, AnonymousConsultRow, AssessmentRow, AuditLineRow, DossierRow, InfoItemRow, PersonRow, RoleRow, World } from './world';

/**
 * What the world holds for each field the API can return: the expected value of a scalar, or the
 * records a relationship leads to (all of them, also those the actor may not see, so that a record
 * that comes back can be named and judged). Written against the world's rows, not the subgraphs.
 */

export interface Node {
  typeName: string;
  /** The row (or composed value) this node stands for; fields default to its properties. */
  row: Record<string, any>;
  /** How the oracle judges it; null for values that are not records of the world. */
  judged: { permissive: JudgedRecord; strict: JudgedRecord } | null;
  /** What names it in a list (its id, an item code, a person's id). */
  key?: string;
  /** Its values are not the world's to predict (aggregates, the audit log): only the policy is checked. */
  opaque?: boolean;
}

export type Resolution =
  | { kind: 'scalar'; value: unknown; predictable: boolean }
  | { kind: 'object'; node: Node | null }
  | { kind: 'list'; candidates: Node[]; expected: Node[] }
  /** Only the policy can be checked below here. */
  | { kind: 'opaque' }
  /** A record a mutation answered with, named by the key it came back with. */
  | { kind: 'byKey'; typeName: string };

const returnsObjectOf = (mutation: string) => getNamedType(objectType('Mutation').getFields()[mutation].type).name;
const same = (record: JudgedRecord) => ({ permissive: record, strict: record });
const nonRecord = (typeName: string, row: Record<string, any>, key?: string): Node => ({ typeName, row, judged: null, key });

/** Every type the policy checks per record has its facts here; a new one must be added before it can be judged. */
const recordTypes = [
  'Dossier', 'SituationDescription', 'Weighing', 'CaseConsultation', 'Referral', 'ActionPlanItem', 'ExecutionNote', 'RiskAssessment', 'RiskAnswer', 'InfoSharingItem',
  'DossierPerson', 'Person', 'Address', 'AnonymousConsult', 'Disclosure', 'BreakGlassRequest', 'SubjectAccessEntry',
  // A generated world registers none (tests/trusted-documents.test.ts checks who sees which).
  'TrustedDocument',
];
for (const typeName of Object.keys(recordAttributes)) {
  if (!recordTypes.includes(typeName)) throw new Error(`the property test does not know the facts of ${typeName} records: add them to tests/property/world-answers.ts`);
}

/** Root fields whose answers the hub computes from data the generated world does not fix: aggregates and the audit chain's state. */
const opaqueRoots = new Set([
  'referredFamiliesPerYear', 'referredFamilies', 'consultsPerYear', 'childrenInvolvement', 'riskLevelDistribution', 'referralSources', 'dossierDurationByTrack',
  'auditChainStatus',
]);

/** Possibly one person, as triage compares them: the same person, the same national number, or the same name and birth date where at most one has a number. */
const possiblySame = (a: PersonRow, b: PersonRow) =>
  a.id === b.id ||
  (a.nationalNumber !== null && a.nationalNumber === b.nationalNumber) ||
  (a.givenName.toLowerCase() === b.givenName.toLowerCase() && a.familyName.toLowerCase() === b.familyName.toLowerCase() && a.birthDate === b.birthDate && (a.nationalNumber === null || b.nationalNumber === null));

export class WorldAnswers {
  constructor(readonly world: World, private readonly oracle: Oracle) {}

  dossierNode(row: DossierRow): Node {
    return { typeName: 'Dossier', row, judged: same(inDossier(this.world, row.id)), key: row.id };
  }

  personNode(personId: string, throughDossierId?: string): Node | null {
    const row = this.world.person.get(personId);
    return row ? { typeName: 'Person', row, judged: personRecord(this.world, personId, throughDossierId), key: row.id } : null;
  }

  dossierPersonNode(role: RoleRow): Node {
    return { typeName: 'DossierPerson', row: { ...role }, judged: same(personInDossier(this.world, role.dossierId, role.role)), key: role.personId };
  }

  assessmentNode(row: AssessmentRow): Node {
    return { typeName: 'RiskAssessment', row, judged: same(inDossier(this.world, row.dossierId)), key: row.id };
  }

  private organisation(id: string | null): Node | null {
    const row = id ? this.world.organisation.get(id) : undefined;
    return row ? nonRecord('Organisation', row, row.id) : null;
  }

  private safeHome(id: string): Node | null {
    const row = this.world.safeHome.get(id);
    return row ? nonRecord('SafeHome', row, row.id) : null;
  }

  private ofDossier(typeName: string, row: Record<string, any>, own = {}): Node {
    return { typeName, row, judged: same(inDossier(this.world, row.dossierId, own)), key: row.id };
  }

  private actionNode(row: ActionRow): Node {
    return this.ofDossier('ActionPlanItem', row, { ownerOrganisationId: row.ownerOrganisationId });
  }

  private infoItemNode(row: InfoItemRow): Node {
    return this.ofDossier('InfoSharingItem', row, { category: row.category });
  }

  private anonymousConsultNode(row: AnonymousConsultRow): Node {
    return { typeName: 'AnonymousConsult', row, judged: same(anonymousConsultRecord(row.safeHomeId)), key: row.id };
  }

  private get auditLog(): AuditLineRow[] {
    if (!this.world.auditLog) throw new Error('the property test judges an answer from the disclosure log without having read it');
    return this.world.auditLog;
  }

  /** A line of the log, or an entry of a subject-access report made of one: named by its position, or found by its values. */
  private auditLineNode(typeName: 'Disclosure' | 'SubjectAccessEntry', line: AuditLineRow): Node {
    const row = { ...line, occurredAt: line.occurredAt.toISOString(), record: line.subjectType };
    return { typeName, row, judged: same(auditRecord(auditLineRegions(this.world, line))), key: typeName === 'Disclosure' ? String(line.seq) : undefined, opaque: true };
  }

  private breakGlassRequestNodes(): Node[] {
    const requests = new Map<string, AuditLineRow[]>();
    for (const line of this.auditLog.filter((l) => l.breakGlass && l.outcome !== 'DENIED')) requests.set(line.requestId, [...(requests.get(line.requestId) ?? []), line]);
    return [...requests].map(([requestId, lines]) => ({
      typeName: 'BreakGlassRequest', row: { requestId, organisationId: lines[0].organisationId },
      judged: same(auditRecord([...new Set(lines.flatMap((line) => auditLineRegions(this.world, line)))])), key: requestId, opaque: true,
    }));
  }

  /** Whether the actor sees the record: judged permissively (a leak) or strictly (what must come back). */
  sees(node: Node, how: 'permissive' | 'strict'): boolean {
    return !node.judged || this.oracle.maySee(node.typeName, node.judged[how]);
  }

  private list(candidates: Node[]): Resolution {
    return { kind: 'list', candidates, expected: candidates.filter((node) => this.sees(node, 'strict')) };
  }

  /** A page of records in their order: the first `first` the actor sees. */
  private page(typeName: string, candidates: Node[], first: number, extra: Record<string, unknown> = {}): Node {
    const visible = candidates.filter((node) => this.sees(node, 'strict'));
    const nodes = { kind: 'list', candidates, expected: visible.slice(0, first) } as const;
    return nonRecord(typeName, { nodes, pageInfo: { hasNextPage: visible.length > first }, ...extra });
  }

  /** A node found by the key the hub returned (a mutation's answer), or null. */
  byKey(typeName: string, key: string): Node | null {
    const { data } = this.world;
    const found = <T extends { id: string }>(rows: T[], node: (row: T) => Node) => {
      const row = rows.find((candidate) => candidate.id === key);
      return row ? node(row) : null;
    };
    switch (typeName) {
      case 'Dossier': return found(data.dossiers, (row) => this.dossierNode(row));
      case 'Referral': return found(data.referrals, (row) => this.ofDossier(typeName, row));
      case 'CaseConsultation': return found(data.consultations, (row) => this.ofDossier(typeName, row));
      case 'ActionPlanItem': return found(data.actions, (row) => this.actionNode(row));
      case 'InfoSharingItem': return found(data.infoItems, (row) => this.infoItemNode(row));
      case 'RiskAssessment': return found(data.assessments, (row) => this.assessmentNode(row));
      case 'AnonymousConsult': return found(data.anonymousConsults, (row) => this.anonymousConsultNode(row));
      default: throw new Error(`the property test cannot find a ${typeName} by key`);
    }
  }

  resolve(node: Node, field: string, args: Record<string, any>, returnsObject: boolean): Resolution {
    const unpredictable: Resolution = returnsObject ? { kind: 'opaque' } : { kind: 'scalar', value: undefined, predictable: false };
    if (node.typeName === 'Query' && opaqueRoots.has(field)) return unpredictable;
    const relation = this.relationship(node, field, args);
    if (relation) return relation;
    if (node.opaque) return unpredictable;
    if (returnsObject) throw new Error(`the property test does not know where ${node.typeName}.${field} leads`);
    return this.scalar(node, field);
  }

  private scalar(node: Node, field: string): Resolution {
    const { row } = node;
    const value = (v: unknown, predictable = true): Resolution => ({ kind: 'scalar', value: v, predictable });
    switch (`${node.typeName}.${field}`) {
      case 'Dossier.currentRiskLevel': return value(this.world.currentRiskLevel(row.id));
      case 'ActionPlanItem.overdue': return value(row.status === 'OPEN' && row.dueOn < this.world.today);
      default:
        if (field in row) return value(row[field] ?? null);
        // A new field of a record must be taught to the test; of other values, the policy is still checked.
        if (node.judged) throw new Error(`the property test does not know the value of ${node.typeName}.${field}`);
        return value(undefined, false);
    }
  }

  private relationship(node: Node, field: string, args: Record<string, any>): Resolution | null {
    const { world } = this;
    const { data } = world;
    const { row } = node;
    const object = (child: Node | null): Resolution => ({ kind: 'object', node: child });
    const dossiersOf = <T extends { dossierId: string }>(rows: T[]) => rows.filter((r) => r.dossierId === row.id);
    if (node.typeName === 'Mutation') return returnsObjectOf(field) === 'ReferralOutcome' ? object(nonRecord('ReferralOutcome', {})) : { kind: 'byKey', typeName: returnsObjectOf(field) };
    switch (`${node.typeName}.${field}`) {
      case 'ReferralOutcome.dossier': return { kind: 'byKey', typeName: 'Dossier' };
      case 'ReferralOutcome.referral': return { kind: 'byKey', typeName: 'Referral' };
      case 'Query.dossier': { const dossier = data.dossiers.find((d) => d.code === args.code); return object(dossier ? this.dossierNode(dossier) : null); }
      case 'Query.dossiers': {
        const filter = args.filter ?? {};
        const matching = data.dossiers
          .filter((d) => (!filter.safeHomeId || d.safeHomeId === filter.safeHomeId) && (!filter.status || d.status === filter.status) && (filter.track == null || d.track === filter.track))
          .sort((a, b) => a.code.localeCompare(b.code))
          .map((d) => this.dossierNode(d));
        return object(this.page('DossierConnection', matching, args.first, { totalCount: matching.filter((d) => this.sees(d, 'strict')).length }));
      }
      case 'Query.person': return object(this.personNode(args.id));
      case 'Query.overdueActions': {
        const overdue = data.actions.filter((a) => a.status === 'OPEN' && a.dueOn < world.today && world.dossier.get(a.dossierId)!.status !== 'CLOSED').sort((a, b) => a.id.localeCompare(b.id));
        return object(this.page('ActionPlanItemConnection', overdue.map((a) => this.actionNode(a)), args.first));
      }
      case 'Query.anonymousConsults': {
        const consults = data.anonymousConsults.filter((c) => !args.safeHomeId || c.safeHomeId === args.safeHomeId).sort((a, b) => a.id.localeCompare(b.id));
        return object(this.page('AnonymousConsultConnection', consults.map((c) => this.anonymousConsultNode(c)), args.first));
      }
      case 'Query.safeHomes': return this.list(data.safeHomes.map((s) => this.safeHome(s.id)!));
      case 'Query.safeHome': return object(this.safeHome(args.id));
      case 'Query.organisation': return object(this.organisation(args.id));
      case 'Query.riskInstruments': return this.list(data.instrumentVersions.map((v) => nonRecord('RiskInstrumentVersion', v, v.id)));
      // The log grows with every request (this one's own lines come after its answer): what a DPO's page must hold is not checked, only what it holds.
      case 'Query.disclosures': return object(nonRecord('DisclosureConnection', { nodes: { kind: 'list', candidates: this.auditLog.map((line) => this.auditLineNode('Disclosure', line)), expected: [] }, pageInfo: {} }));
      case 'Query.breakGlassQueue': return object(nonRecord('BreakGlassRequestConnection', { nodes: { kind: 'list', candidates: this.breakGlassRequestNodes(), expected: [] }, pageInfo: {} }));
      // A generated world's registry of trusted documents is empty (its database is migrated, never registered).
      case 'Query.trustedDocuments': return object(nonRecord('TrustedDocumentConnection', { nodes: { kind: 'list', candidates: [], expected: [] }, pageInfo: {} }));
      case 'Query.subjectAccessReport': {
        const dossiers = world.rolesOfPerson(args.personId).map((role) => role.dossierId);
        const about = this.auditLog.filter((line) => (line.subjectType === 'Person' && line.subjectId === args.personId) || (line.subjectType === 'Dossier' && dossiers.includes(line.subjectId!)));
        return object(nonRecord('SubjectAccessReport', { personId: args.personId, entries: { kind: 'list', candidates: about.map((line) => this.auditLineNode('SubjectAccessEntry', line)), expected: [] } }));
      }
      case 'SubjectAccessReport.entries': return row.entries;
      case 'DossierConnection.nodes':
      case 'ActionPlanItemConnection.nodes':
      case 'AnonymousConsultConnection.nodes':
      case 'DisclosureConnection.nodes':
      case 'BreakGlassRequestConnection.nodes':
      case 'TrustedDocumentConnection.nodes': return row.nodes;
      case 'DossierConnection.pageInfo':
      case 'ActionPlanItemConnection.pageInfo':
      case 'AnonymousConsultConnection.pageInfo':
      case 'DisclosureConnection.pageInfo':
      case 'BreakGlassRequestConnection.pageInfo':
      case 'TrustedDocumentConnection.pageInfo': return object(nonRecord('PageInfo', row.pageInfo));
      case 'Dossier.safeHome':
      case 'AnonymousConsult.safeHome':
      case 'Organisation.safeHome': return object(this.safeHome(row.safeHomeId));
      case 'Dossier.referredBy':
      case 'Referral.referredBy': return object(this.organisation(row.referredByOrganisationId));
      case 'Dossier.referrals': return this.list(dossiersOf(data.referrals).map((r) => this.ofDossier('Referral', r)));
      case 'Dossier.situation': { const s = data.situations.find((r) => r.dossierId === row.id); return object(s ? this.ofDossier('SituationDescription', s) : null); }
      case 'Dossier.weighing': { const w = data.weighings.find((r) => r.dossierId === row.id); return object(w ? this.ofDossier('Weighing', w) : null); }
      case 'Dossier.infoSharing': return this.list(dossiersOf(data.infoItems).map((i) => this.infoItemNode(i)));
      case 'Dossier.caseConsultations': return this.list(dossiersOf(data.consultations).map((c) => this.ofDossier('CaseConsultation', c)));
      case 'Dossier.actionPlan': return this.list(dossiersOf(data.actions).map((a) => this.actionNode(a)));
      case 'Dossier.executionNotes': return this.list(dossiersOf(data.notes).map((n) => this.ofDossier('ExecutionNote', n)));
      case 'Dossier.persons': return this.list(world.rolesInDossier(row.id).map((r) => this.dossierPersonNode(r)));
      case 'Dossier.possibleMatches': {
        const mine = world.rolesInDossier(row.id).map((role) => world.person.get(role.personId)!);
        const matches = data.dossiers.filter((other) => other.id !== row.id && other.safeHomeId === row.safeHomeId && other.status !== 'CLOSED'
          && world.rolesInDossier(other.id).some((role) => mine.some((person) => possiblySame(person, world.person.get(role.personId)!))));
        return this.list(matches.map((match) => this.dossierNode(match)));
      }
      case 'Dossier.riskAssessments': return this.list(dossiersOf(data.assessments).map((a) => this.assessmentNode(a)));
      case 'SafeHome.organisations': return this.list(data.organisations.filter((o) => o.safeHomeId === row.id).map((o) => this.organisation(o.id)!));
      case 'InfoSharingItem.organisation':
      case 'ExecutionNote.organisation':
      case 'Disclosure.organisation':
      case 'BreakGlassRequest.organisation':
      case 'SubjectAccessEntry.organisation': return object(this.organisation(row.organisationId));
      case 'CaseConsultation.invited': return this.list(data.invitations.filter((i) => i.caseConsultationId === row.id).map((i) => this.organisation(i.organisationId)!));
      case 'CaseConsultation.participants': return this.list(data.participants.filter((p) => p.caseConsultationId === row.id).map((p) => this.organisation(p.organisationId)!));
      case 'ActionPlanItem.dossier': return object(this.dossierNode(world.dossier.get(row.dossierId)!));
      case 'ActionPlanItem.owner': return object(this.organisation(row.ownerOrganisationId));
      case 'DossierPerson.person': return object(this.personNode(row.personId, row.dossierId));
      case 'Person.address': {
        const { street, postalCode, municipality } = row;
        return object(street || postalCode || municipality ? { typeName: 'Address', row: { street, postalCode, municipality }, judged: node.judged } : null);
      }
      case 'Person.riskHistory': return this.list(world.assessmentsOfPerson(row.id).map((a) => this.assessmentNode(a)));
      case 'RiskAssessment.instrument': { const v = data.instrumentVersions.find((i) => i.id === row.instrumentVersionId)!; return object(nonRecord('RiskInstrumentVersion', v, v.id)); }
      case 'RiskAssessment.answers':
        return this.list(Object.entries(row.answers as Record<string, boolean>).map(([itemCode, present]) => ({ typeName: 'RiskAnswer', row: { itemCode, present }, judged: node.judged, key: itemCode })));
      case 'RiskAssessment.subject': return object(this.personNode(row.personId, row.dossierId));
      case 'RiskAssessment.assessor': return object(this.organisation(row.assessorOrganisationId));
      case 'RiskInstrumentVersion.items': return this.list(data.instrumentItems.filter((i) => i.instrumentVersionId === row.id).map((i) => nonRecord('RiskInstrumentItem', i, i.code)));
      default: return null;
    }
  }
}
