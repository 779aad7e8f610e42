import type { TypedDocumentNode } from '@graphql-typed-document-node/core';
import { documentIdOf } from '../document-id';

/** The hub refused the token (expired, or not valid): the page asks to sign in again, never shows a blank screen. */
export class SessionExpired extends Error {}

/** Any other refusal or failure, with the hub's stable error code and what its extensions say besides (the field refused, a status). */
export class HubError extends Error {
  constructor(message: string, readonly code: string | undefined, readonly extensions: Record<string, unknown> = {}) {
    super(message);
  }
}

/** Runs an operation of the generated typed client against the hub this page came from, by its document id (the page's approved documents). */
export async function request<TResult, TVariables>(document: TypedDocumentNode<TResult, TVariables>, variables: TVariables, token: string): Promise<TResult> {
  const response = await fetch('/graphql', {
    method: 'POST',
    headers: { 'content-type': 'application/json', authorization: `Bearer ${token}` },
    body: JSON.stringify({ documentId: documentIdOf(document), variables }),
  });
  const body = (await response.json().catch(() => ({}))) as { data?: TResult; errors?: { message: string; extensions?: { code?: string } & Record<string, unknown> }[] };
  const code = body.errors?.[0]?.extensions?.code;
  if (response.status === 401 || code === 'UNAUTHENTICATED') throw new SessionExpired(body.errors?.[0]?.message ?? 'not signed in');
  if (!body.data || body.errors?.length) throw new HubError(body.errors?.map((error) => error.message).join('; ') ?? `HTTP ${response.status}`, code, body.errors?.[0]?.extensions);
  return body.data;
}
