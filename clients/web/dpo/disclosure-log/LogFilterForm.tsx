import { useEffect, useId, useState } from 'react';
import type { DisclosureOutcome } from '../../../generated/graphql';
import type { Language } from '../../common/language';
import type { T } from '../i18n';
import { inWords } from '../vocabulary';
import { LAST_DAY, type LogFilters, noFilters, outcomes } from './log';
import type { OrganisationChoice } from './organisations';

interface Props {
  t: T;
  language: Language;
  /** The filters the log shows now; the form starts from them and follows when they change from elsewhere (a line's person). */
  applied: LogFilters;
  /** Suggested in the organisation filter. */
  organisations: OrganisationChoice[];
  onApply: (filters: LogFilters) => void;
}

/** The log's filters: person, dossier, organisation, period, break-glass only, outcome; applied together. */
export function LogFilterForm({ t, language, applied, organisations, onApply }: Props) {
  const id = useId();
  const [draft, setDraft] = useState(applied);
  useEffect(() => setDraft(applied), [applied]);
  const set = <K extends keyof LogFilters>(key: K, value: LogFilters[K]) => setDraft((filters) => ({ ...filters, [key]: value }));
  const text = (key: 'personId' | 'dossierId' | 'organisationId', label: string, list?: string) => (
    <label htmlFor={`${id}-${key}`}>
      {label}
      <input id={`${id}-${key}`} type="text" spellCheck={false} list={list} value={draft[key]} onChange={(event) => set(key, event.target.value)} data-testid={`filter-${key}`} />
    </label>
  );
  return (
    <form
      className="filters log-filters"
      onSubmit={(event) => {
        event.preventDefault();
        onApply(draft);
      }}
      data-testid="log-filters"
    >
      {text('personId', t('filterPerson'))}
      {text('dossierId', t('filterDossier'))}
      {text('organisationId', t('filterOrganisation'), `${id}-organisations`)}
      <datalist id={`${id}-organisations`} data-testid="organisation-choices">
        {organisations.map((organisation) => <option key={organisation.id} value={organisation.id}>{organisation.name}</option>)}
      </datalist>
      <label htmlFor={`${id}-from`}>
        {t('filterFrom')}
        <input id={`${id}-from`} type="date" max={LAST_DAY} value={draft.fromDay} onChange={(event) => set('fromDay', event.target.value)} data-testid="filter-from" />
      </label>
      <label htmlFor={`${id}-to`}>
        {t('filterTo')}
        <input id={`${id}-to`} type="date" max={LAST_DAY} value={draft.toDay} onChange={(event) => set('toDay', event.target.value)} data-testid="filter-to" />
      </label>
      <label htmlFor={`${id}-outcome`}>
        {t('filterOutcome')}
        <select id={`${id}-outcome`} value={draft.outcome} onChange={(event) => set('outcome', event.target.value as DisclosureOutcome | '')} data-testid="filter-outcome">
          <option value="">{t('anyOutcome')}</option>
          {outcomes.map((outcome) => <option key={outcome} value={outcome}>{inWords(language, 'outcome', outcome)}</option>)}
        </select>
      </label>
      <label htmlFor={`${id}-break-glass`} className="tick">
        <input id={`${id}-break-glass`} type="checkbox" checked={draft.breakGlassOnly} onChange={(event) => set('breakGlassOnly', event.target.checked)} data-testid="filter-break-glass" />
        {t('filterBreakGlass')}
      </label>
      <div className="buttons">
        <button type="submit" data-testid="apply-filters">{t('applyFilters')}</button>
        <button type="button" onClick={() => onApply(noFilters)} data-testid="clear-filters">{t('clearFilters')}</button>
      </div>
    </form>
  );
}
