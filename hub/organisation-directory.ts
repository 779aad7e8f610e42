import { Knex } from 'knex';
import { LRUCache } from 'lru-cache';
import { KnownOrganisation, OrganisationDirectory } from '../gateway/authentication';


/**
 * The partner organisations the hub knows (dossiers.organisations), looked up by id and
 * remembered for a minute (by default), so a token naming an organisation the hub does not know,
 * or naming it with another type or Safe Home, is refused at authentication, and a change to an
 * organisation holds for every token within that minute.
 */
export function organisationDirectory(db: Knex, { rememberSeconds = 60 } = {}): OrganisationDirectory {
  const known = new LRUCache<string, { found: KnownOrganisation | null }>({ max: 10_000, ttl: rememberSeconds * 1000 });
  return async (id) => {
    const cached = known.get(id);
    if (cached) return cached.found;
    const row: KnownOrganisation | undefined = await db('dossiers.organisations').select('type', 'safeHomeId').where({ id }).first();
    const found = row ? { type: row.type, safeHomeId: row.safeHomeId } : null;
    known.set(id, { found });
    return found;
  };
}
