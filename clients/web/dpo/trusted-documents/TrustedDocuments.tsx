import { useCallback, useEffect, useId, useState } from 'react';
import { type DocumentStatus, TrustedDocumentsDocument } from '../../../generated/graphql';
import { formatNumber, type Language } from '../../common/language';
import { request, SessionExpired } from '../../hub-client';
import { fill, type T } from '../i18n';
import { DocumentCard } from './DocumentCard';
import { type Decided, type DocumentList, loadDocuments, MAX_DOCUMENTS, sameDocument, statuses, type TrustedDocument } from './documents';

/** Ready: the documents with the status they were asked for ('' for any). */
type Load = { state: 'loading' } | ({ state: 'ready'; status: DocumentStatus | '' } & DocumentList) | { state: 'failed'; message: string };

interface Props {
  t: T;
  language: Language;
  token: string;
  onExpired: () => void;
}

/** The documents the applications registered that this DPO may see (their region's; all for the central DPO), pending first, and the decisions on them. */
export function TrustedDocuments({ t, language, token, onExpired }: Props) {
  const id = useId();
  const [status, setStatus] = useState<DocumentStatus | ''>('');
  const [load, setLoad] = useState<Load>({ state: 'loading' });
  const [attempt, setAttempt] = useState(0);

  useEffect(() => {
    let current = true;
    setLoad({ state: 'loading' });
    loadDocuments(token, status || null).then(
      (list) => current && setLoad({ state: 'ready', status, ...list }),
      (error: unknown) => {
        if (!current) return;
        if (error instanceof SessionExpired) onExpired();
        else setLoad({ state: 'failed', message: error instanceof Error ? error.message : String(error) });
      },
    );
    return () => {
      current = false;
    };
  }, [token, status, attempt, onExpired]);

  const replace = useCallback((changed: Decided | TrustedDocument) => {
    setLoad((list) => (list.state === 'ready' ? { ...list, documents: list.documents.map((document) => (sameDocument(document, changed) ? { ...document, ...changed } : document)) } : list));
  }, []);

  /** Reads one document again (by its application's documents), after the hub said it stands otherwise than the page showed. */
  const refresh = useCallback(
    (stale: TrustedDocument) => {
      request(TrustedDocumentsDocument, { applicationId: stale.application!.id, first: 100 }, token).then(
        ({ trustedDocuments }) => {
          const fresh = trustedDocuments?.nodes?.find((node) => node && sameDocument(node, stale));
          if (fresh) replace(fresh);
        },
        (error: unknown) => error instanceof SessionExpired && onExpired(),
      );
    },
    [token, replace, onExpired],
  );

  const pending = load.state === 'ready' ? load.documents.filter((document) => document.status === 'PENDING').length : 0;
  const summary = load.state === 'ready'
    ? fill(t(load.documents.length === 1 ? 'summaryOne' : 'summary'), { count: formatNumber(language, load.documents.length), pending: formatNumber(language, pending) })
    : load.state === 'loading' ? t('loading') : '';

  return (
    <section aria-labelledby={`${id}-title`} data-testid="trusted-documents" data-ready-for={load.state === 'ready' ? load.status || 'ALL' : undefined}>
      <h2 id={`${id}-title`}>{t('documentsTitle')}</h2>
      <p className="hint">{t('documentsIntro')}</p>
      <form className="filters" onSubmit={(event) => event.preventDefault()}>
        <label>
          {t('statusFilter')}
          <select data-testid="status-filter" value={status} onChange={(event) => setStatus(event.target.value as DocumentStatus | '')}>
            <option value="">{t('allPendingFirst')}</option>
            {statuses.map((value) => <option key={value} value={value}>{t(value)}</option>)}
          </select>
        </label>
      </form>
      <p role="status" data-testid="summary">{summary}</p>
      {load.state === 'failed' && (
        <div className="notice warning" role="alert" data-testid="failed">
          <p>{t('loadFailed')} {load.message}</p>
          <button type="button" onClick={() => setAttempt((n) => n + 1)}>{t('retry')}</button>
        </div>
      )}
      {load.state === 'ready' && (
        <>
          {load.truncated && <p className="notice warning">{fill(t('truncated'), { count: formatNumber(language, MAX_DOCUMENTS) })}</p>}
          {load.documents.length === 0 && <p>{t('none')}</p>}
          {load.documents.map((document) => (
            <DocumentCard
              key={`${document.application?.id} ${document.documentId}`}
              t={t}
              language={language}
              document={document}
              token={token}
              onDecided={replace}
              onStale={refresh}
              onExpired={onExpired}
            />
          ))}
        </>
      )}
    </section>
  );
}
