import { useEffect, useId, useState } from 'react';
import { ChainStatusDocument, type ChainStatusQuery } from '../../../generated/graphql';
import { formatDateTime, formatNumber, type Language } from '../../common/language';
import { request, SessionExpired } from '../../hub-client';
import { fill, type T } from '../i18n';

type Status = NonNullable<ChainStatusQuery['auditChainStatus']>;
type Load = { state: 'checking' } | { state: 'ready'; status: Status; checkedAt: string } | { state: 'failed'; message: string };

/** Whether the log still holds: the hub recomputes it as the section opens and when the DPO asks again. */
export function ChainStatus({ t, language, token, onExpired }: { t: T; language: Language; token: string; onExpired: () => void }) {
  const id = useId();
  const [load, setLoad] = useState<Load>({ state: 'checking' });
  const [attempt, setAttempt] = useState(0);

  useEffect(() => {
    let current = true;
    setLoad({ state: 'checking' });
    request(ChainStatusDocument, {}, token).then(
      ({ auditChainStatus }) => current && setLoad({ state: 'ready', status: auditChainStatus!, checkedAt: new Date().toISOString() }),
      (error: unknown) => {
        if (!current) return;
        if (error instanceof SessionExpired) onExpired();
        else setLoad({ state: 'failed', message: error instanceof Error ? error.message : String(error) });
      },
    );
    return () => {
      current = false;
    };
  }, [token, attempt, onExpired]);

  const status = load.state === 'ready' ? load.status : null;
  return (
    <section aria-labelledby={`${id}-title`} data-testid="chain-status" data-intact={status ? String(status.intact) : undefined}>
      <h2 id={`${id}-title`}>{t('chainTitle')}</h2>
      <p className="hint">{t('chainIntro')}</p>
      {load.state === 'checking' && <p role="status">{t('chainChecking')}</p>}
      {load.state === 'failed' && <p className="problem" role="alert">{t('sectionLoadFailed')} {load.message}</p>}
      {status && load.state === 'ready' && (
        <>
          <p className={`verdict ${status.intact ? 'intact' : 'broken'}`} role="status" data-testid="chain-verdict">
            {status.intact ? t('chainIntact') : status.firstBrokenLine != null ? fill(t('chainBroken'), { line: formatNumber(language, status.firstBrokenLine) }) : t('chainBrokenNoLine')}
          </p>
          <dl className="facts">
            <dt>{t('chainLines')}</dt>
            <dd data-testid="chain-lines">{formatNumber(language, status.lines ?? 0)}</dd>
            <dt>{t('chainRoots')}</dt>
            <dd data-testid="chain-roots">{formatNumber(language, status.roots ?? 0)}</dd>
            {status.reason && (
              <>
                <dt>{t('chainReason')}</dt>
                <dd data-testid="chain-reason">{status.reason}</dd>
              </>
            )}
          </dl>
          <p className="hint">{fill(t('chainCheckedAt'), { date: formatDateTime(language, load.checkedAt) })}</p>
        </>
      )}
      <button type="button" disabled={load.state === 'checking'} onClick={() => setAttempt((n) => n + 1)} data-testid="chain-again">{t('chainAgain')}</button>
    </section>
  );
}
