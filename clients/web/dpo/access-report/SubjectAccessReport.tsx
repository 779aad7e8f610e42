import { useEffect, useId, useState } from 'react';
import { SubjectAccessDocument, type SubjectAccessQuery } from '../../../generated/graphql';
import { formatDateTime, formatNumber, type Language } from '../../common/language';
import { HubError, request, SessionExpired } from '../../hub-client';
import type { SignedInAs } from '../../sign-in';
import { fill, type T } from '../i18n';
import { citationOf } from '../policy/policy';
import { present } from '../present';
import { inWords } from '../vocabulary';

type Report = NonNullable<SubjectAccessQuery['subjectAccessReport']>;
type Entry = NonNullable<NonNullable<Report['entries']>[number]>;
type Load = { state: 'idle' } | { state: 'loading' } | { state: 'ready'; report: Report } | { state: 'refused'; error: HubError };

interface Props {
  t: T;
  language: Language;
  token: string;
  who: SignedInAs | null;
  /** The person asked for from elsewhere (a line of the log). */
  personId: string;
  onExpired: () => void;
}

/** The report's table: one row per disclosure, in the order they happened. */
function Entries({ t, language, entries }: { t: T; language: Language; entries: Entry[] }) {
  return (
    <table className="report-entries" data-testid="report-entries">
      <thead>
        <tr>
          <th scope="col">{t('when')}</th><th scope="col">{t('recipient')}</th><th scope="col">{t('role')}</th><th scope="col">{t('purpose')}</th>
          <th scope="col">{t('record')}</th><th scope="col">{t('outcome')}</th><th scope="col">{t('categories')}</th><th scope="col">{t('legalBasis')}</th>
        </tr>
      </thead>
      <tbody>
        {entries.map((entry, index) => (
          <tr key={index} data-testid="report-entry" data-organisation={entry.organisation?.id}>
            <td>{typeof entry.occurredAt === 'string' ? formatDateTime(language, entry.occurredAt) : '—'}</td>
            <td>{entry.organisation?.name ?? entry.organisation?.id}</td>
            <td>{inWords(language, 'role', entry.role)}</td>
            <td>{inWords(language, 'purpose', entry.purpose)}</td>
            <td>{inWords(language, 'record', entry.record)}</td>
            <td>{inWords(language, 'outcome', entry.outcome)}</td>
            <td>{present(entry.categories).map((category) => inWords(language, 'category', category)).join(', ')}</td>
            <td>{present(entry.legalBasis).map((basis) => citationOf(language, basis)).join('; ')}</td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}

/** GDPR art. 15 for one person: who received or wrote which categories of their data, when and why; printable (print CSS: the report alone). */
export function SubjectAccessReport({ t, language, token, who, personId, onExpired }: Props) {
  const id = useId();
  const [draft, setDraft] = useState(personId);
  const [asked, setAsked] = useState(personId);
  const [load, setLoad] = useState<Load>({ state: 'idle' });

  useEffect(() => {
    setDraft(personId);
    setAsked(personId);
  }, [personId]);

  useEffect(() => {
    if (!asked) return setLoad({ state: 'idle' });
    let current = true;
    setLoad({ state: 'loading' });
    request(SubjectAccessDocument, { personId: asked }, token).then(
      ({ subjectAccessReport }) => current && setLoad({ state: 'ready', report: subjectAccessReport! }),
      (error: unknown) => {
        if (!current) return;
        if (error instanceof SessionExpired) onExpired();
        else setLoad({ state: 'refused', error: error instanceof HubError ? error : new HubError(String(error), undefined) });
      },
    );
    return () => {
      current = false;
    };
  }, [asked, token, onExpired]);

  const entries = load.state === 'ready' ? present(load.report.entries) : [];
  const scope = who?.role === 'CENTRAL_DPO' ? t('reportScopeAll') : (who?.organisation ?? '—');
  return (
    <section aria-labelledby={`${id}-title`} className="access-report" data-testid="access-report" data-ready={load.state === 'ready' ? 'true' : undefined}>
      <h2 id={`${id}-title`}>{t('reportTitle')}</h2>
      <p className="hint no-print">{t('reportIntro')}</p>
      <form
        className="filters no-print"
        onSubmit={(event) => {
          event.preventDefault();
          setAsked(draft.trim());
        }}
      >
        <label htmlFor={`${id}-person`}>
          {t('reportPerson')}
          <input id={`${id}-person`} type="text" spellCheck={false} size={38} value={draft} onChange={(event) => setDraft(event.target.value)} data-testid="report-person" />
        </label>
        <div className="buttons">
          <button type="submit" data-testid="report-show">{t('reportShow')}</button>
          {load.state === 'ready' && <button type="button" onClick={() => window.print()} data-testid="report-print">{t('reportPrint')}</button>}
        </div>
      </form>
      {load.state === 'loading' && <p role="status">{t('reportLoading')}</p>}
      {load.state === 'refused' && (
        <p className="problem" role="alert" data-testid="report-refused">
          {load.error.code === 'BAD_USER_INPUT' ? t('refusedPerson') : `${t('sectionLoadFailed')} ${load.error.message}`} {load.error.code && <code>{load.error.code}</code>}
        </p>
      )}
      {load.state === 'ready' && (
        <div className="report" data-testid="report">
          <p className="report-person" data-testid="report-for">{fill(t('reportFor'), { person: load.report.personId })}</p>
          <p>
            {fill(t('reportGenerated'), { date: typeof load.report.generatedAt === 'string' ? formatDateTime(language, load.report.generatedAt) : '—', by: who?.subject ?? '—' })}{' '}
            {fill(t('reportScope'), { scope })}{' '}
            <span data-testid="report-count">{entries.length === 1 ? t('reportCountOne') : fill(t('reportCount'), { count: formatNumber(language, entries.length) })}</span>
          </p>
          {entries.length ? <Entries t={t} language={language} entries={entries} /> : <p>{t('reportNone')}</p>}
        </div>
      )}
    </section>
  );
}
