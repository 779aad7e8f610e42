import type { TypedDocumentNode } from '@graphql-typed-document-node/core';
import { documentIdOf } from '../../clients/document-id';
import { signTestToken, testActor, testIssuer } from './test-issuer';
import { startHub, RunningHub } from '../../hub/start-hub';
import { Actor, Purpose, Role } from '../../policy';
import { TestDatabase, testDatabaseUrl } from './database';
import { testApplication } from './test-application';

export interface GraphQLResponse<T = Record<string, any>> {
  status: number;
  body: { data?: T | null; errors?: { message: string; path?: (string | number)[]; extensions?: Record<string, any> }[] };
}

/** An actor of a seeded organisation, e.g. actor('limburg-police', Role.POLICE_LIAISON, Purpose.CASE_CONSULTATION). */
export const actor = (organisationId: string, role: Role, purpose: Purpose): Actor => testActor(organisationId, role, purpose, `test-user@${organisationId}`);

export const limburgPolice = () => actor('limburg-police', Role.POLICE_LIAISON, Purpose.CASE_CONSULTATION);
export const statistician = () => actor('limburg-safe-home', Role.STATISTICIAN, Purpose.STATISTICS);
export const limburgCaseManager = () => actor('limburg-safe-home', Role.CASE_MANAGER, Purpose.CASE_MANAGEMENT);

/** A token for an actor; with a client id, as issued to that application (its client_id claim). */
export const tokenFor = (who: Actor = limburgPolice(), expiresIn?: number, clientId?: string) => signTestToken(who, { expiresIn, clientId });

export async function postGraphQL(url: string, body: unknown, headers: Record<string, string> = {}): Promise<GraphQLResponse> {
  const response = await fetch(url, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...headers },
    body: typeof body === 'string' ? body : JSON.stringify(body),
  });
  return { status: response.status, body: (await response.json()) as GraphQLResponse["body"] };
}

/** The whole hub on free ports over a test database, started before and stopped after a file's tests. */
export function useTestHub(which: TestDatabase = 'seeded') {
  let hub: RunningHub | undefined;
  beforeAll(async () => {
    hub = await startHub({ databaseUrl: testDatabaseUrl(which), gatewayPort: 0, subgraphPort: () => 0, authentication: testIssuer });
  });
  afterAll(async () => {
    await hub?.stop();
  });
  return {
    hub: () => hub!,
    async query(query: string, variables?: Record<string, unknown>, who?: Actor, headers: Record<string, string> = {}): Promise<GraphQLResponse> {
      return postGraphQL(hub!.gateway.graphqlUrl, { query, variables }, { authorization: `Bearer ${await tokenFor(who)}`, ...headers });
    },
    /** Runs an operation of the generated typed client by its document id, as the tests' own application: the result is typed as a partner developer sees it. */
    async run<TResult, TVariables>(document: TypedDocumentNode<TResult, TVariables>, variables: TVariables, who?: Actor) {
      const authorization = `Bearer ${await tokenFor(who, undefined, testApplication)}`;
      return (await postGraphQL(hub!.gateway.graphqlUrl, { documentId: documentIdOf(document), variables }, { authorization })) as GraphQLResponse<TResult>;
    },
  };
}
