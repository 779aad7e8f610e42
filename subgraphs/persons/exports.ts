/**
 * What the persons subgraph offers the other subgraphs, on purpose: the dossiers subgraph writes
 * a referral's persons and their roles, matches them against its region's open dossiers, and lists
 * a dossier's possible matches for triage, in its own transaction. Nothing else of this subgraph
 * is imported from outside it (dependency-cruiser holds that).
 */
export {
  identitiesInDossier, insertPersons, matchPersons, NUMBER_OF_ANOTHER, personIdsInDossier, personsOfDossier, personsOfOpenDossiers, possibleMatchesByDossiers,
} from './repository';
export type { PersonMatch } from './repository';
export { PersonRole } from './types';
