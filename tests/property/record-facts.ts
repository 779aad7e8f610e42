import { Facts, JudgedRecord } from './oracle';
import { AuditLineRow, World } from './world';

/**
 * The facts of the world's records that rule conditions ask about, computed from the world itself:
 * the dossier's Safe Home, status and current consultation participants; a person's role in every
 * dossier they are in; an action's owner; an item's declared category.
 */

export function dossierFacts(world: World, dossierId: string): Facts {
  const dossier = world.dossier.get(dossierId);
  if (!dossier) throw new Error(`the world has no dossier ${dossierId}`);
  return { safeHomeId: dossier.safeHomeId, dossier: { status: dossier.status, participantIds: world.currentParticipants(dossierId) } };
}

const judged = (facts: Facts): JudgedRecord => ({ allowContexts: [facts], denyContexts: [facts] });

/** A record of a dossier's case file (its own facts added, e.g. an action's owner). */
export const inDossier = (world: World, dossierId: string, own: Facts = {}): JudgedRecord => judged({ ...dossierFacts(world, dossierId), ...own });

export const anonymousConsultRecord = (safeHomeId: string): JudgedRecord => judged({ safeHomeId });

/** A person's role in one dossier: judged on that dossier and that role. */
export const personInDossier = (world: World, dossierId: string, role: string): JudgedRecord => inDossier(world, dossierId, { personRole: role });

/**
 * A person, judged on every dossier they are in. `permissive` lets a grant come from any of them;
 * `strict`, reached through one dossier, only from that one. Denies always look at all of them.
 */
export function personRecord(world: World, personId: string, throughDossierId?: string): { permissive: JudgedRecord; strict: JudgedRecord } {
  const { addressProtected } = world.person.get(personId)!;
  const all = world.rolesOfPerson(personId).map((role) => ({ ...dossierFacts(world, role.dossierId), personRole: role.role, addressProtected }));
  const through = throughDossierId === undefined ? all : all.filter((_, index) => world.rolesOfPerson(personId)[index].dossierId === throughDossierId);
  return { permissive: { allowContexts: all, denyContexts: all }, strict: { allowContexts: through, denyContexts: all } };
}

/** The Safe Homes of the record a log line is about: a dossier's, an anonymous consult's, those of a person's dossiers; none for no record of the world. */
function subjectRegions(world: World, { subjectType, subjectId }: AuditLineRow): string[] {
  if (subjectType === 'Dossier') return [world.dossier.get(subjectId ?? '')?.safeHomeId].filter((id): id is string => Boolean(id));
  if (subjectType === 'AnonymousConsult') return world.data.anonymousConsults.filter((c) => c.id === subjectId).map((c) => c.safeHomeId);
  if (subjectType === 'Person') return [...new Set(world.rolesOfPerson(subjectId ?? '').map((role) => world.dossier.get(role.dossierId)!.safeHomeId))];
  return [];
}

/**
 * The regions a line of the disclosure log belongs to, as the rule dpo-audit-own-region describes
 * them: its record's region; for a person in several regions, the region of the organisation that
 * read or wrote them if they have a dossier there, else all of theirs; for no record, the asker's.
 */
export function auditLineRegions(world: World, line: AuditLineRow): string[] {
  const subject = subjectRegions(world, line);
  const asker = world.organisation.get(line.organisationId)?.safeHomeId ?? null;
  if (!subject.length) return asker ? [asker] : [];
  return asker && subject.includes(asker) ? [asker] : subject;
}

/** A line of the log, or what is made of lines (a break-glass request): judged on their regions. */
export const auditRecord = (regionIds: string[]): JudgedRecord => judged({ regionIds });
