import { LRUCache } from 'lru-cache';
import type { Adapter, AdapterFactory, AdapterPayload } from 'oidc-provider';
import { ClientSource, clientMetadata } from './clients';

/**
 * Where the provider keeps what it issues (sessions, interactions, codes, grants): in memory, as
 * befits a development provider (a restart signs everyone out). Clients are not kept: each is asked
 * of the client source whenever a request names it, so a client the source stops answering for
 * cannot sign in from that moment on.
 */
export function identityAdapter(clients: ClientSource, hubOrigin: string): AdapterFactory {
  const stored = new LRUCache<string, AdapterPayload>({ max: 20_000 });
  // Indexes: a session by its uid; the tokens and codes of a grant, revoked together.
  const sessionsByUid = new LRUCache<string, string>({ max: 20_000 });
  const grants = new LRUCache<string, string[]>({ max: 20_000 });

  const clientAdapter: Adapter = {
    async find(id) {
      const client = await clients(id);
      return client ? clientMetadata(client, hubOrigin) : undefined;
    },
    upsert: refuse, findByUserCode: refuse, findByUid: refuse, consume: refuse, destroy: refuse, revokeByGrantId: refuse,
  };

  return (model) => {
    if (model === 'Client') return clientAdapter;
    const key = (id: string) => `${model}:${id}`;
    return {
      async upsert(id, payload, expiresIn) {
        const ttl = expiresIn * 1000;
        stored.set(key(id), payload, { ttl });
        if (model === 'Session' && payload.uid) sessionsByUid.set(payload.uid, id, { ttl });
        if (model !== 'Grant' && payload.grantId) {
          grants.set(payload.grantId, [...(grants.get(payload.grantId) ?? []), key(id)], { ttl: Math.max(ttl, grants.getRemainingTTL(payload.grantId)) });
        }
      },
      async find(id) {
        return stored.get(key(id));
      },
      async findByUid(uid) {
        const id = sessionsByUid.get(uid);
        return id === undefined ? undefined : stored.get(key(id));
      },
      async findByUserCode() {
        return undefined;
      },
      async consume(id) {
        const payload = stored.get(key(id));
        if (payload) payload.consumed = Math.floor(Date.now() / 1000);
      },
      async destroy(id) {
        stored.delete(key(id));
      },
      async revokeByGrantId(grantId) {
        for (const token of grants.get(grantId) ?? []) stored.delete(token);
        grants.delete(grantId);
      },
    };
  };
}

async function refuse(): Promise<never> {
  throw new Error('clients come from the client source; the provider does not store them');
}
