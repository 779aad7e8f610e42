import { parse, print } from 'graphql';
import { useEffect, useId, useMemo, useRef, useState } from 'react';
import { formatDateTime, type Language } from '../../common/language';
import type { HubError } from '../../hub-client';
import { fill, type T } from '../i18n';
import { DataFlow } from './DataFlow';
import { DecisionForm } from './DecisionForm';
import type { Decided, TrustedDocument } from './documents';
import { refusalText } from './refusals';

type Outcome = { decided: Decided } | { refused: HubError } | null;

interface Props {
  t: T;
  language: Language;
  document: TrustedDocument;
  token: string;
  onDecided: (decided: Decided) => void;
  /** The hub says the document was decided meanwhile (another DPO, another tab): read it again. */
  onStale: (document: TrustedDocument) => void;
  onExpired: () => void;
}

const when = (language: Language, value: unknown) => (typeof value === 'string' ? formatDateTime(language, value) : '—');

/** The document laid out to be read (the same document: what it selects does not change); as registered when it does not parse. */
function laidOut(body: string): string {
  try {
    return print(parse(body));
  } catch {
    return body;
  }
}

/** One registered document: whose, what it is, what it can disclose, where it stands, and the DPO's decision on it. */
export function DocumentCard({ t, language, document, token, onDecided, onStale, onExpired }: Props) {
  const id = useId();
  const heading = useRef<HTMLHeadingElement>(null);
  const [outcome, setOutcome] = useState<Outcome>(null);
  // Open while it waits for a decision, as it first appears; the DPO opens and closes them after.
  const [openAtFirst] = useState(document.status === 'PENDING');
  const application = document.application;
  const organisation = application?.organisation;
  const status = document.status ?? 'PENDING';
  const text = useMemo(() => laidOut(document.body ?? ''), [document.body]);

  useEffect(() => {
    if (outcome && 'decided' in outcome) heading.current?.focus();
  }, [outcome]);

  return (
    <article className={`document ${status.toLowerCase()}`} aria-labelledby={`${id}-title`} data-testid="document" data-application={application?.id} data-document={document.documentId} data-status={status}>
      <h3 id={`${id}-title`} ref={heading} tabIndex={-1}>
        {document.operationName} <span className={`badge ${status.toLowerCase()}`}>{t(status)}</span>
      </h3>
      <dl className="facts">
        <dt>{t('application')}</dt>
        <dd>{application?.name} (<code>{application?.id}</code>)</dd>
        <dt>{t('organisation')}</dt>
        <dd>{organisation ? <>{organisation.name ?? organisation.id} (<code>{organisation.id}</code>)</> : t('noOrganisation')}</dd>
        <dt>{t('role')}</dt>
        <dd>{application?.role ?? t('noRole')}</dd>
        <dt>{t('purposes')}</dt>
        <dd>{(application?.purposes ?? []).join(', ')}</dd>
        <dt>{t('documentId')}</dt>
        <dd><code className="document-id">{document.documentId}</code></dd>
        <dt>{t('registeredAt')}</dt>
        <dd data-testid="registered-at">{when(language, document.registeredAt)}</dd>
        <dt>{t('status')}</dt>
        <dd data-testid="status">{t(status)}</dd>
        <dt>{t('decision')}</dt>
        <dd data-testid="decision">
          {document.decidedBy ? (
            <>
              {document.note && <q>{document.note}</q>} — {fill(t('decidedBy'), { by: document.decidedBy, date: when(language, document.decidedAt) })}
            </>
          ) : (
            t('noDecision')
          )}
        </dd>
      </dl>
      {typeof application?.revokedAt === 'string' && <p className="notice warning">{fill(t('revoked'), { date: when(language, application.revokedAt) })}</p>}
      <details open={openAtFirst}>
        <summary>{t('text')}</summary>
        <pre data-testid="body">{text}</pre>
        <details className="registered">
          <summary>{t('textAsRegistered')}</summary>
          <pre className="wrapped" data-testid="body-as-registered">{document.body}</pre>
        </details>
      </details>
      <details open={openAtFirst} data-testid="data-flow">
        <summary>{t('flowTitle')}</summary>
        <DataFlow t={t} language={language} flows={document.dataFlow} />
      </details>
      {status === 'REJECTED' ? (
        <p>{t('final')}</p>
      ) : (
        <DecisionForm
          t={t}
          language={language}
          document={document}
          token={token}
          onDecided={(decided) => {
            setOutcome({ decided });
            onDecided(decided);
          }}
          onRefused={(refused) => {
            setOutcome({ refused });
            if (refused.code === 'ILLEGAL_TRANSITION') onStale(document);
          }}
          onExpired={onExpired}
        />
      )}
      <p role="status" className="outcome" data-testid="decided">
        {outcome && 'decided' in outcome ? t(outcome.decided.status === 'APPROVED' ? 'decidedApproved' : 'decidedRejected') : ''}
      </p>
      {outcome && 'refused' in outcome && (
        <p className="problem" role="alert" data-testid="refusal">
          {refusalText(t, language, outcome.refused)} {outcome.refused.code && <code>{outcome.refused.code}</code>}
        </p>
      )}
    </article>
  );
}
