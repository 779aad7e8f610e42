import { GraphQLError } from 'graphql';
import { DossierStatus } from './types';

/**
 * The life of a dossier as an explicit state machine: REFERRED → INTAKE → ACTIVE → CLOSED, with
 * closure possible from every open state (a referral not accepted, a family that withdraws), and a
 * referral still REFERRED linked into the family's open dossier (closed as linked).
 * Case work on a dossier (consultations, the action plan, info sharing, risk assessments) is an
 * activity its status, and for some its track, must allow.
 */
export const transitions = {
  startIntake: { from: [DossierStatus.REFERRED], to: DossierStatus.INTAKE },
  weigh: { from: [DossierStatus.INTAKE], to: DossierStatus.ACTIVE },
  close: { from: [DossierStatus.REFERRED, DossierStatus.INTAKE, DossierStatus.ACTIVE], to: DossierStatus.CLOSED },
  link: { from: [DossierStatus.REFERRED], to: DossierStatus.CLOSED },
} as const;
export type Transition = keyof typeof transitions;

const open = [DossierStatus.REFERRED, DossierStatus.INTAKE, DossierStatus.ACTIVE];
/** Tracks with case work beyond the weighing: 2 case support, 3 intensive case management (0 is peer groups and pilots). */
const caseWorkTracks = [2, 3];

export const activities = {
  linkReferral: { statuses: open, tracks: null },
  assessRisk: { statuses: open, tracks: null },
  shareInformation: { statuses: [DossierStatus.INTAKE, DossierStatus.ACTIVE], tracks: null },
  consult: { statuses: [DossierStatus.ACTIVE], tracks: caseWorkTracks },
  planAction: { statuses: [DossierStatus.ACTIVE], tracks: caseWorkTracks },
  reportProgress: { statuses: [DossierStatus.ACTIVE], tracks: caseWorkTracks },
} as const;
export type Activity = keyof typeof activities;

/** The tracks a weighing may decide: track 1 is the anonymous consult line, never a dossier. */
export const weighableTracks = [0, 2, 3] as const;

export function illegal(message: string, details: Record<string, unknown>): GraphQLError {
  return new GraphQLError(message, { extensions: { code: 'ILLEGAL_TRANSITION', ...details } });
}

/** The status a transition leads to, or ILLEGAL_TRANSITION naming where the dossier is and what it allows. */
export function transition(status: DossierStatus, name: Transition): DossierStatus {
  const { from, to } = transitions[name];
  if (!(from as readonly DossierStatus[]).includes(status)) {
    throw illegal(`a dossier in status ${status} cannot go to ${to} (${name} is allowed from ${from.join(', ')})`, { from: status, to });
  }
  return to;
}

/** Refuses an activity the dossier's status or track does not allow. */
export function requireActivity(dossier: { status: DossierStatus; track: number | null }, name: Activity): void {
  const { statuses, tracks } = activities[name];
  if (!(statuses as readonly DossierStatus[]).includes(dossier.status)) {
    throw illegal(`${name} is not possible on a dossier in status ${dossier.status} (only in ${statuses.join(', ')})`, { from: dossier.status, activity: name });
  }
  if (tracks && !(tracks as readonly number[]).includes(dossier.track ?? -1)) {
    throw illegal(`${name} is not part of track ${dossier.track ?? 'none'} (only of tracks ${tracks.join(', ')})`, { from: dossier.status, activity: name });
  }
}
