import { createHash } from 'node:crypto';
import type { NextFunction, Request, Response } from 'express';
import { LRUCache } from 'lru-cache';
import { logger } from '../platform/logger';
import { sendUnauthenticated } from '../platform/http';
import { documentIdFormat } from '../platform/registry-identifiers';
import { admissionOf } from './admission';
import { telemetryOf } from './request-telemetry';

/**
 * Trusted documents: an application runs the documents (operations) it registered, once the DPO
 * approved them, sent by id ({"documentId": "sha256:<hex>"}, the GraphQL over HTTP form, or Apollo's
 * extensions.persistedQuery.sha256Hash) or as their exact text. Checked before anything is parsed.
 */
export type TrustedDocumentsMode = 'off' | 'allow' | 'enforce';

export type DocumentStatus = 'PENDING' | 'APPROVED' | 'REJECTED';

/** An application as the registry holds it, with every document it registered. */
export interface RegisteredApplication {
  id: string;
  /** A partner application is bound to one organisation and role; the hub's own pages (null) serve staff of any. */
  organisationId: string | null;
  role: string | null;
  purposes: string[];
  revoked: boolean;
  documents: { documentId: string; status: DocumentStatus; body: string }[];
}

/** Looks an application up in the registry (the hub's: audit.applications and audit.trusted_documents); null when it is not registered. */
export type ApplicationRegistry = (id: string) => Promise<RegisteredApplication | null>;

export interface TrustedDocumentsConfig {
  /** TRUSTED_DOCUMENTS: off (no check), allow (ids checked, ad-hoc text runs), enforce (only approved documents, ad-hoc where configured). */
  mode: TrustedDocumentsMode;
  /** TRUSTED_DOCUMENTS_ADHOC_APPLICATIONS: the applications that may send ad-hoc documents in enforce mode (the explorer, in a sandbox). */
  adHocApplications: string[];
}

export interface TrustedDocumentsOptions extends TrustedDocumentsConfig {
  registry: ApplicationRegistry;
}

/** How long the gateway keeps what the registry said of an application: a decision or a revocation holds within this. */
export const REGISTRY_CACHE_MS = 1000;

/** The stable codes of a refused document. */
export const DocumentRefusal = {
  NOT_FOUND: 'PERSISTED_QUERY_NOT_FOUND',
  REQUIRED: 'TRUSTED_DOCUMENT_REQUIRED',
  HASH_MISMATCH: 'PERSISTED_QUERY_HASH_MISMATCH',
  BAD_REQUEST: 'BAD_REQUEST',
} as const;
type RefusalCode = (typeof DocumentRefusal)[keyof typeof DocumentRefusal];

interface KnownApplication {
  application: RegisteredApplication;
  documents: Map<string, RegisteredApplication['documents'][number]>;
}

/**
 * The registry behind a short cache: each application is read once (with all its documents, in one
 * statement) per REGISTRY_CACHE_MS however many requests it sends, and concurrent requests share
 * one read; a failed read is not kept.
 */
function cachedRegistry(registry: ApplicationRegistry): (id: string) => Promise<KnownApplication | null> {
  const cache = new LRUCache<string, Promise<KnownApplication | null>>({ max: 10_000, ttl: REGISTRY_CACHE_MS });
  return (id) => {
    let known = cache.get(id);
    if (!known) {
      known = registry(id).then((application) => application && { application, documents: new Map(application.documents.map((document) => [document.documentId, document])) });
      cache.set(id, known);
      known.catch(() => cache.delete(id));
    }
    return known;
  };
}

/** What a request sent, as far as its document goes: by id (either form), as text, or both. */
interface SentDocument {
  /** "sha256:<hex>" from documentId or the persisted query's hash; a malformed one is kept, and found by no one. */
  id?: string;
  text?: string;
}

type Refusal = { code: RefusalCode; message: string };
type Decision = { run: { text: string; documentId: string; adHoc: boolean } } | { refuse: Refusal };

const sha256Id = (text: string) => `sha256:${createHash('sha256').update(text).digest('hex')}`;

const badRequest = (message: string): Refusal => ({ code: DocumentRefusal.BAD_REQUEST, message });
const isObject = (value: unknown): value is Record<string, unknown> => typeof value === 'object' && value !== null && !Array.isArray(value);

/**
 * The GraphQL parameters of a request: a POST's JSON body, a GET's query string (where extensions is
 * JSON). What this check reads is refused when it is not what Apollo Server would read as one
 * request (a batch, a parameter given twice, extensions that are no object), rather than reshaped.
 */
function parametersOf(req: Request): { parameters: Record<string, unknown> } | { refuse: Refusal } {
  let parameters: Record<string, unknown>;
  if (req.method === 'GET') {
    const search = new URL(req.url, 'http://hub').searchParams;
    const repeated = ['query', 'documentId', 'extensions'].find((name) => search.getAll(name).length > 1);
    if (repeated) return { refuse: badRequest(`${repeated} may be given only once`) };
    parameters = Object.fromEntries(search);
    if (typeof parameters.extensions === 'string') {
      try {
        parameters.extensions = JSON.parse(parameters.extensions);
      } catch {
        return { refuse: badRequest('extensions must be a JSON object') };
      }
    }
  } else {
    if (Array.isArray(req.body)) return { refuse: badRequest('one operation per request: a batch (a JSON array) is not accepted') };
    parameters = isObject(req.body) ? req.body : {};
  }
  if (parameters.extensions != null && !isObject(parameters.extensions)) return { refuse: badRequest('extensions must be a JSON object') };
  return { parameters };
}

function sentDocument(parameters: Record<string, unknown>): SentDocument | Refusal {
  const { documentId, query } = parameters;
  const persisted = (parameters.extensions as { persistedQuery?: unknown } | null | undefined)?.persistedQuery as { version?: unknown; sha256Hash?: unknown } | undefined;
  if (documentId !== undefined && typeof documentId !== 'string') return badRequest('documentId must be a string: "sha256:" and the SHA-256 of the document, in hex');
  if (query !== undefined && typeof query !== 'string') return badRequest('query must be a string');
  let hashed: string | undefined;
  if (persisted !== undefined) {
    if (persisted?.version !== 1 || typeof persisted.sha256Hash !== 'string') return badRequest('extensions.persistedQuery must be {"version": 1, "sha256Hash": "<hex>"}');
    hashed = `sha256:${persisted.sha256Hash}`;
  }
  if (documentId !== undefined && hashed !== undefined && documentId !== hashed) return { code: DocumentRefusal.HASH_MISMATCH, message: 'documentId and extensions.persistedQuery.sha256Hash name different documents' };
  const id = documentId ?? hashed;
  if (query !== undefined && id !== undefined && sha256Id(query) !== id) return { code: DocumentRefusal.HASH_MISMATCH, message: 'the document sent does not hash to the id sent with it (SHA-256 of its text, in hex)' };
  if (query === undefined && id === undefined) return badRequest('send a document: its id as documentId ("sha256:<hex>"), or its text as query');
  return { id, text: query };
}

const notApproved = (id: string, status: DocumentStatus) =>
  status === 'PENDING'
    ? `document ${id} of this application is pending: it runs once the data protection officer approves it`
    : `document ${id} of this application was rejected by the data protection officer: it does not run (a changed document is registered as a new one)`;

/**
 * What runs for a request, or why nothing does. An id is looked up among the caller's own
 * application's documents only: another application's document is, to it, one that does not exist.
 */
function decide(sent: SentDocument, known: KnownApplication | null, applicationId: string | null, { mode, adHocApplications }: TrustedDocumentsConfig): Decision {
  if (sent.text === undefined) {
    const id = sent.id!;
    const own = known?.documents.get(id);
    if (!own) return { refuse: { code: DocumentRefusal.NOT_FOUND, message: `there is no document ${documentIdFormat.test(id) ? id : '(malformed id)'} of this application` } };
    if (own.status !== 'APPROVED' && mode !== 'off') return { refuse: { code: DocumentRefusal.REQUIRED, message: notApproved(id, own.status) } };
    return { run: { text: own.body, documentId: id, adHoc: own.status !== 'APPROVED' } };
  }
  const documentId = sha256Id(sent.text);
  const own = known?.documents.get(documentId);
  // The registered text runs, not the one sent: texts that differ can hash alike once encoded (a lone surrogate is encoded as U+FFFD).
  if (own?.status === 'APPROVED') return { run: { text: own.body, documentId, adHoc: false } };
  const adHoc = { run: { text: sent.text, documentId, adHoc: true } };
  if (mode !== 'enforce') return adHoc;
  if (own) return { refuse: { code: DocumentRefusal.REQUIRED, message: notApproved(documentId, own.status) } };
  if (applicationId !== null && adHocApplications.includes(applicationId)) return adHoc;
  return { refuse: { code: DocumentRefusal.REQUIRED, message: 'this application may run only its registered documents that the data protection officer approved, sent by id' } };
}

/** The request, as Apollo Server will read it, carrying the document's text and no id. */
function carryText(req: Request, { extensions }: Record<string, unknown>, text: string): void {
  const { persistedQuery: _persistedQuery, ...otherExtensions } = (extensions ?? {}) as Record<string, unknown>;
  if (req.method === 'GET') {
    const url = new URL(req.url, 'http://hub');
    url.searchParams.set('query', text);
    url.searchParams.delete('documentId');
    url.searchParams.delete('extensions');
    if (Object.keys(otherExtensions).length) url.searchParams.set('extensions', JSON.stringify(otherExtensions));
    req.url = `${url.pathname}${url.search}`;
    return;
  }
  const { documentId: _documentId, extensions: _extensions, ...rest } = req.body as Record<string, unknown>;
  req.body = { ...rest, query: text, ...(Object.keys(otherExtensions).length ? { extensions: otherExtensions } : {}) };
}

const documents = new WeakMap<Request, string>();

/** The SHA-256 (hex) of the document a request runs: the client's, as registered or as sent (disclosure lines and actor tokens carry it). */
export function documentHashOf(req: Request): string {
  const hash = documents.get(req);
  if (hash === undefined) throw new Error('a request reached GraphQL without its document being checked');
  return hash;
}

function refuse(res: Response, { code, message }: Refusal): void {
  res.locals.refusal = code;
  res.status(400).json({ errors: [{ message, extensions: { code } }] });
}

/**
 * Express middleware, after authentication: refuses the tokens of a revoked application, and of one
 * whose organisation, role or purpose is not what it is registered for (UNAUTHENTICATED). A token that
 * names no application (client_id) is of no registered application.
 */
export function registeredApplications(options: TrustedDocumentsOptions) {
  const lookup = cachedRegistry(options.registry);
  const applications = new WeakMap<Request, KnownApplication | null>();
  const check = async (req: Request, res: Response, next: NextFunction) => {
    const { actor, application } = admissionOf(req);
    let known: KnownApplication | null = null;
    try {
      known = application === null ? null : await lookup(application);
    } catch (error) {
      logger.error({ err: error }, 'the registry of applications could not be read');
      res.status(503).json({ errors: [{ message: 'The hub cannot check credentials right now; try again later.', extensions: { code: 'SERVICE_UNAVAILABLE' } }] });
      return;
    }
    const registered = known?.application;
    if (registered?.revoked) return sendUnauthenticated(res, `access denied: application "${registered.id}" is revoked`, 'safe-home-hub');
    const bound = registered && registered.organisationId !== null && (registered.organisationId !== actor.organisationId || registered.role !== actor.role);
    if (bound || (registered && !registered.purposes.includes(actor.purpose))) {
      return sendUnauthenticated(res, `access denied: the token is not one application "${registered.id}" is registered for (its organisation, role and purposes)`, 'safe-home-hub');
    }
    applications.set(req, known);
    next();
  };
  /** Express middleware, after the body is read: decides what runs, and hands Apollo Server its text; or refuses, with a stable code. */
  const resolve = (req: Request, res: Response, next: NextFunction) => {
    const telemetry = telemetryOf(req);
    const read = parametersOf(req);
    if ('refuse' in read) return refuse(res, read.refuse);
    const sent = sentDocument(read.parameters);
    if ('code' in sent) return refuse(res, sent);
    // A malformed id is the caller's text, not a document's: it stays out of the log.
    telemetry.documentId = sent.text === undefined ? (documentIdFormat.test(sent.id!) ? sent.id : undefined) : sha256Id(sent.text);
    const decision = decide(sent, applications.get(req) ?? null, admissionOf(req).application, options);
    if ('refuse' in decision) return refuse(res, decision.refuse);
    telemetry.documentId = decision.run.documentId;
    telemetry.adHoc = decision.run.adHoc;
    carryText(req, read.parameters, decision.run.text);
    documents.set(req, decision.run.documentId.slice('sha256:'.length));
    next();
  };
  return { check, resolve };
}
