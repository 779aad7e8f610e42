import { useEffect, useId, useState } from 'react';
import { DisclosureLogDocument, type DisclosureLogQuery } from '../../../generated/graphql';
import { formatNumber, type Language } from '../../common/language';
import { HubError, request, SessionExpired } from '../../hub-client';
import { fill, type T } from '../i18n';
import { present } from '../present';
import { filterRefusalText, hubFilter, LOG_PAGE_SIZE, type LogFilters, noFilters } from './log';
import { LogFilterForm } from './LogFilterForm';
import { LogLine } from './LogLine';
import { useOrganisations } from './organisations';

type Page = NonNullable<DisclosureLogQuery['disclosures']>;
/** A page once read, with the number of its first line: what the page shows is the page read, never a page asked for and not yet come. */
type Load = { state: 'loading' } | { state: 'ready'; page: Page; firstNumber: number } | { state: 'refused'; error: HubError };

interface Props {
  t: T;
  language: Language;
  token: string;
  onExpired: () => void;
  onReport: (personId: string) => void;
}

/** The disclosure log the DPO may see (its region's; all for the central DPO), newest first, filtered, a page at a time. */
export function DisclosureLog({ t, language, token, onExpired, onReport }: Props) {
  const id = useId();
  const [filters, setFilters] = useState<LogFilters>(noFilters);
  /** The cursors of the pages before this one (null: the first page), and this page's. */
  const [cursors, setCursors] = useState<(string | null)[]>([null]);
  const [load, setLoad] = useState<Load>({ state: 'loading' });
  /** Each time the DPO applies the filters, even unchanged ones, the log is read again (lines come in all the time). */
  const [applied, setApplied] = useState(0);
  const after = cursors[cursors.length - 1];
  const pageFirstNumber = (cursors.length - 1) * LOG_PAGE_SIZE + 1;
  const organisations = useOrganisations(token);

  useEffect(() => {
    let current = true;
    setLoad({ state: 'loading' });
    request(DisclosureLogDocument, { filter: hubFilter(filters), first: LOG_PAGE_SIZE, after }, token).then(
      ({ disclosures }) => current && setLoad({ state: 'ready', page: disclosures!, firstNumber: pageFirstNumber }),
      (error: unknown) => {
        if (!current) return;
        if (error instanceof SessionExpired) onExpired();
        else setLoad({ state: 'refused', error: error instanceof HubError ? error : new HubError(String(error), undefined) });
      },
    );
    return () => {
      current = false;
    };
  }, [token, filters, after, pageFirstNumber, applied, onExpired]);

  const apply = (next: LogFilters) => {
    setFilters(next);
    setCursors([null]);
    setApplied((n) => n + 1);
  };
  const lines = load.state === 'ready' ? present(load.page.nodes) : [];
  const total = load.state === 'ready' ? (load.page.totalCount ?? 0) : 0;
  const summary = load.state === 'loading'
    ? t('logLoading')
    : load.state === 'ready' && lines.length
      ? fill(t('logCount'), { total: formatNumber(language, total), first: formatNumber(language, load.firstNumber), last: formatNumber(language, load.firstNumber + lines.length - 1) })
      : load.state === 'ready' ? t('logNone') : '';

  return (
    <section aria-labelledby={`${id}-title`} data-testid="disclosure-log" data-state={load.state} data-total={load.state === 'ready' ? total : undefined} data-applied={applied}>
      <h2 id={`${id}-title`}>{t('logTitle')}</h2>
      <p className="hint">{t('logIntro')}</p>
      <LogFilterForm t={t} language={language} applied={filters} organisations={organisations} onApply={apply} />
      <p role="status" data-testid="log-summary">{summary}</p>
      {load.state === 'refused' && (
        <p className="problem" role="alert" data-testid="log-refused">
          {filterRefusalText(t, load.error)} {load.error.code && <code>{load.error.code}</code>}
        </p>
      )}
      {lines.map((line) => (
        <LogLine key={line.seq} t={t} language={language} line={line} onPerson={(personId) => apply({ ...noFilters, personId })} onReport={onReport} />
      ))}
      {load.state === 'ready' && (cursors.length > 1 || load.page.pageInfo?.hasNextPage) && (
        <nav className="pager" aria-label={t('logTitle')}>
          <button type="button" disabled={cursors.length === 1} onClick={() => setCursors((list) => list.slice(0, -1))} data-testid="previous-page">{t('previousPage')}</button>
          <button type="button" disabled={!load.page.pageInfo?.hasNextPage} onClick={() => setCursors((list) => [...list, load.page.pageInfo!.endCursor!])} data-testid="next-page">{t('nextPage')}</button>
        </nav>
      )}
    </section>
  );
}
