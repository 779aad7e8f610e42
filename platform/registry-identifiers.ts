/**
 * How the registry of trusted documents names things, as the gateway reads them off a request and a
 * token and the audit subgraph off the DPO's input: identifiers, never free text.
 */

/** A trusted document: "sha256:" and the SHA-256 of its text, in lowercase hex. */
export const documentIdFormat = /^sha256:[0-9a-f]{64}$/;

/** An application: its OAuth client id, a token's client_id (or azp). */
export const applicationIdFormat = /^[\w.:@/-]{1,200}$/;
