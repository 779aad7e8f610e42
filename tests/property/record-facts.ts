import { Facts, JudgedRecord } from './oracle';
import { World } from './world';

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
  const all = world.rolesOfPerson(personId).map((role) => ({ ...dossierFacts(world, role.dossierId), personRole: role.role }));
  const through = throughDossierId === undefined ? all : all.filter((_, index) => world.rolesOfPerson(personId)[index].dossierId === throughDossierId);
  return { permissive: { allowContexts: all, denyContexts: all }, strict: { allowContexts: through, denyContexts: all } };
}
