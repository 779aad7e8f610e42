import { PersonRole } from './types';

/**
 * The rows of the persons subgraph's tables as knex returns them (camelCase, platform/database.ts;
 * DATE columns as 'YYYY-MM-DD' strings). The repository returns these; the GraphQL types in
 * types.ts show only what the schema shows, and a field resolver that needs a column the schema
 * does not show (the address's parts) takes the row as its parent.
 */

export interface PersonRow {
  id: string;
  givenName: string;
  familyName: string;
  birthDate: string;
  nationalNumber: string | null;
  phone: string | null;
  email: string | null;
  street: string | null;
  postalCode: string | null;
  municipality: string | null;
  addressProtected: boolean;
}

/** A person's role in one dossier (the dossier_persons table; dossier ids belong to the dossiers subgraph). */
export interface DossierPersonRow {
  dossierId: string;
  personId: string;
  role: PersonRole;
}
