import type { TypedDocumentNode } from '@graphql-typed-document-node/core';

/**
 * The id a document of the typed client is registered and run by: "sha256:" and the SHA-256 of its
 * text in the manifest (clients/generated/persisted-documents.json), which codegen puts in its __meta__.
 */
export function documentIdOf<TResult, TVariables>(document: TypedDocumentNode<TResult, TVariables>): string {
  const hash = (document as { __meta__?: { hash?: unknown } }).__meta__?.hash;
  if (typeof hash !== 'string') throw new Error("the document has no id: it is not one of the typed client's (npm run codegen)");
  return hash;
}
