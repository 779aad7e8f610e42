import { useCallback, useEffect, useId, useRef, useState } from 'react';
import { BreakGlassQueueDocument } from '../../../generated/graphql';
import { formatDateTime, formatNumber, type Language } from '../../common/language';
import { type HubError, request, SessionExpired } from '../../hub-client';
import { fill, type T } from '../i18n';
import { present } from '../present';
import { inWords } from '../vocabulary';
import { QUEUE_PAGE_SIZE, type QueuedRequest, type Review, reviewRefusalText } from './queue';
import { ReviewForm } from './ReviewForm';

type Load = { state: 'loading' } | { state: 'ready'; requests: QueuedRequest[]; total: number; endCursor: string | null; hasNextPage: boolean } | { state: 'failed'; message: string };
type Outcome = { reviewed: Review; who: string } | { refused: HubError; requestId: string } | null;

/** The break-glass requests nobody has reviewed yet that the DPO may see, oldest first, each with its justification and the verdict form. */
export function BreakGlassQueue({ t, language, token, onExpired }: { t: T; language: Language; token: string; onExpired: () => void }) {
  const id = useId();
  const [load, setLoad] = useState<Load>({ state: 'loading' });
  const [outcome, setOutcome] = useState<Outcome>(null);
  const [attempt, setAttempt] = useState(0);
  const outcomeLine = useRef<HTMLParagraphElement>(null);

  const fetchPage = useCallback((after: string | null) => request(BreakGlassQueueDocument, { first: QUEUE_PAGE_SIZE, after }, token).then(({ breakGlassQueue }) => ({
    requests: present(breakGlassQueue?.nodes),
    total: breakGlassQueue?.totalCount ?? 0,
    endCursor: breakGlassQueue?.pageInfo?.endCursor ?? null,
    hasNextPage: Boolean(breakGlassQueue?.pageInfo?.hasNextPage),
  })), [token]);

  const failed = useCallback((error: unknown) => {
    if (error instanceof SessionExpired) onExpired();
    else setLoad({ state: 'failed', message: error instanceof Error ? error.message : String(error) });
  }, [onExpired]);

  useEffect(() => {
    let current = true;
    setLoad({ state: 'loading' });
    fetchPage(null).then((page) => current && setLoad({ state: 'ready', ...page }), (error: unknown) => current && failed(error));
    return () => {
      current = false;
    };
  }, [fetchPage, failed, attempt]);

  useEffect(() => {
    if (outcome) outcomeLine.current?.focus();
  }, [outcome]);

  const more = () => {
    if (load.state !== 'ready') return;
    fetchPage(load.endCursor).then((page) => setLoad({ state: 'ready', ...page, requests: [...load.requests, ...page.requests] }), failed);
  };
  const reviewed = (queued: QueuedRequest, review: Review) => {
    setOutcome({ reviewed: review, who: queued.actorSubject ?? '' });
    setLoad((list) => (list.state === 'ready' ? { ...list, requests: list.requests.filter((other) => other.requestId !== queued.requestId), total: list.total - 1 } : list));
  };
  const refused = (queued: QueuedRequest, error: HubError) => {
    setOutcome({ refused: error, requestId: queued.requestId });
    // Reviewed meanwhile (another DPO, another tab) or no longer visible: the queue as the hub has it now.
    if (error.code === 'BAD_USER_INPUT' && error.extensions.field === 'requestId') setAttempt((n) => n + 1);
  };

  const summary = load.state === 'ready'
    ? load.total === 0 ? t('queueNone') : load.total === 1 ? t('queueCountOne') : fill(t('queueCount'), { count: formatNumber(language, load.total) })
    : load.state === 'loading' ? t('queueLoading') : '';

  return (
    <section aria-labelledby={`${id}-title`} data-testid="break-glass-queue" data-ready={load.state === 'ready' ? 'true' : undefined}>
      <h2 id={`${id}-title`}>{t('queueTitle')}</h2>
      <p className="hint">{t('queueIntro')}</p>
      <p role="status" data-testid="queue-summary">{summary}</p>
      <p ref={outcomeLine} tabIndex={-1} className={outcome && 'refused' in outcome ? 'problem' : 'outcome'} role={outcome && 'refused' in outcome ? 'alert' : 'status'} data-testid="review-outcome">
        {outcome && 'reviewed' in outcome && fill(t('reviewed'), { who: outcome.who, verdict: inWords(language, 'verdict', outcome.reviewed.verdict) })}
        {outcome && 'refused' in outcome && <>{reviewRefusalText(t, language, outcome.refused)} {outcome.refused.code && <code>{outcome.refused.code}</code>}</>}
      </p>
      {load.state === 'failed' && (
        <div className="notice warning" role="alert">
          <p>{t('sectionLoadFailed')} {load.message}</p>
          <button type="button" onClick={() => setAttempt((n) => n + 1)}>{t('retry')}</button>
        </div>
      )}
      {load.state === 'ready' && load.requests.map((queued) => (
        <article key={queued.requestId} className="request" aria-labelledby={`${id}-${queued.requestId}`} data-testid="break-glass-request" data-request={queued.requestId}>
          <h3 id={`${id}-${queued.requestId}`}>
            {fill(t('requestHeading'), {
              who: fill(t('whoValue'), { subject: queued.actorSubject ?? '—', role: inWords(language, 'role', queued.role) }),
              organisation: queued.organisation?.name ?? queued.organisation?.id ?? '—',
              when: typeof queued.occurredAt === 'string' ? formatDateTime(language, queued.occurredAt) : '—',
            })}
          </h3>
          <dl className="facts">
            <dt>{t('justification')}</dt>
            <dd data-testid="request-justification"><q>{queued.justification}</q></dd>
            <dt>{t('why')}</dt>
            <dd>{inWords(language, 'purpose', queued.purpose)}</dd>
            <dt>{t('organisation')}</dt>
            <dd><code>{queued.organisation?.id}</code></dd>
            <dt>{t('requestLines')}</dt>
            <dd data-testid="request-lines">{formatNumber(language, queued.lines ?? 0)}</dd>
            <dt>{t('requestId')}</dt>
            <dd><code>{queued.requestId}</code></dd>
          </dl>
          <ReviewForm t={t} language={language} queued={queued} token={token} onReviewed={(review) => reviewed(queued, review)} onRefused={(error) => refused(queued, error)} onExpired={onExpired} />
        </article>
      ))}
      {load.state === 'ready' && load.hasNextPage && <button type="button" onClick={more} data-testid="queue-more">{t('queueMore')}</button>}
    </section>
  );
}
