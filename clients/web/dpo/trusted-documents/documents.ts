import { type DecideTrustedDocumentMutation, type DocumentStatus, TrustedDocumentsDocument, type TrustedDocumentsQuery } from '../../../generated/graphql';
import { request } from '../../hub-client';

export type TrustedDocument = NonNullable<NonNullable<NonNullable<TrustedDocumentsQuery['trustedDocuments']>['nodes']>[number]>;
export type Decided = NonNullable<DecideTrustedDocumentMutation['decideTrustedDocument']>;
export type DataFlow = NonNullable<NonNullable<TrustedDocument['dataFlow']>[number]>;
export type FlowField = NonNullable<NonNullable<DataFlow['reads']>[number]>;

/** The hub's largest page; the page reads this many pages at most. */
const PAGE_SIZE = 100;
const MAX_PAGES = 10;
export const MAX_DOCUMENTS = PAGE_SIZE * MAX_PAGES;

export interface DocumentList {
  documents: TrustedDocument[];
  /** More match than the page reads. */
  truncated: boolean;
}

export const statuses: DocumentStatus[] = ['PENDING', 'APPROVED', 'REJECTED'];

const decided = (document: TrustedDocument) => (document.status === 'PENDING' ? 0 : 1);
const time = (value: unknown) => (typeof value === 'string' ? Date.parse(value) : 0);

/** Pending first, the longest waiting on top; then the decided ones, the latest decision on top. */
export function pendingFirst(documents: TrustedDocument[]): TrustedDocument[] {
  return [...documents].sort((a, b) => {
    const rank = decided(a) - decided(b);
    if (rank) return rank;
    return a.status === 'PENDING' ? time(a.registeredAt) - time(b.registeredAt) : time(b.decidedAt) - time(a.decidedAt);
  });
}

/** Every document the DPO may see with this status (any, when none is given), page by page as the hub gives them. */
export async function loadDocuments(token: string, status: DocumentStatus | null): Promise<DocumentList> {
  const documents: TrustedDocument[] = [];
  let after: string | null = null;
  for (let page = 0; page < MAX_PAGES; page += 1) {
    const { trustedDocuments }: TrustedDocumentsQuery = await request(TrustedDocumentsDocument, { status, first: PAGE_SIZE, after }, token);
    documents.push(...(trustedDocuments?.nodes ?? []).filter((node): node is TrustedDocument => node !== null));
    if (!trustedDocuments?.pageInfo?.hasNextPage) return { documents: pendingFirst(documents), truncated: false };
    after = trustedDocuments.pageInfo.endCursor;
  }
  return { documents: pendingFirst(documents), truncated: true };
}

/** The same document (an application's, by its id). */
export const sameDocument = (a: Pick<TrustedDocument, 'documentId' | 'application'>, b: Pick<TrustedDocument, 'documentId' | 'application'>) =>
  a.documentId === b.documentId && a.application?.id === b.application?.id;
