import { type DisclosureFilter, type DisclosureLogQuery, type DisclosureOutcome } from '../../../generated/graphql';
import type { HubError } from '../../hub-client';
import { fill, type T } from '../i18n';
import { present } from '../present';

export type LogLine = NonNullable<NonNullable<NonNullable<DisclosureLogQuery['disclosures']>['nodes']>[number]>;
export type DisclosedField = NonNullable<NonNullable<LogLine['fields']>[number]>;

/** Lines per page. */
export const LOG_PAGE_SIZE = 20;

export const outcomes: DisclosureOutcome[] = ['DISCLOSED', 'PARTIAL', 'DENIED', 'NOTHING', 'WRITTEN'];

/** The filters as the DPO types them: ids, days (YYYY-MM-DD, on this computer's calendar), a tick, an outcome; '' for none. */
export interface LogFilters {
  personId: string;
  dossierId: string;
  organisationId: string;
  fromDay: string;
  toDay: string;
  breakGlassOnly: boolean;
  outcome: DisclosureOutcome | '';
}

export const noFilters: LogFilters = { personId: '', dossierId: '', organisationId: '', fromDay: '', toDay: '', breakGlassOnly: false, outcome: '' };

/**
 * The last day the period's fields take: the hub takes moments up to the year 9999, and the period
 * ends at the start of the day after its last. A later day (the date field takes years of six
 * digits) is refused in the field, before it becomes no moment at all.
 */
export const LAST_DAY = '9999-12-30';

/** The start of a day on this computer's calendar, as the hub takes a moment (setFullYear: `new Date(24, …)` is 1924). */
const startOf = (day: string, plusDays = 0) => {
  const [year, month, date] = day.split('-').map(Number);
  const start = new Date(0);
  start.setFullYear(year, month - 1, date + plusDays);
  start.setHours(0, 0, 0, 0);
  return start.toISOString();
};

/** The hub's filter: a period from the start of its first day up to the end of its last (`to` is exclusive at the hub). */
export function hubFilter(filters: LogFilters): DisclosureFilter {
  const filter: DisclosureFilter = {};
  if (filters.personId.trim()) filter.personId = filters.personId.trim();
  if (filters.dossierId.trim()) filter.dossierId = filters.dossierId.trim();
  if (filters.organisationId.trim()) filter.organisationId = filters.organisationId.trim();
  if (filters.fromDay) filter.from = startOf(filters.fromDay);
  if (filters.toDay) filter.to = startOf(filters.toDay, 1);
  if (filters.breakGlassOnly) filter.breakGlassOnly = true;
  if (filters.outcome) filter.outcome = filters.outcome;
  return filter;
}

/** The fields of a line grouped as one rule and one set of legal bases disclosed them, by category: what the DPO reads. */
export function fieldGroups(fields: readonly (DisclosedField | null)[] | null | undefined) {
  const groups = new Map<string, { category: string; fields: string[]; rules: string[]; legalBasis: string[] }>();
  for (const field of present(fields)) {
    const rules = present(field.rules);
    const legalBasis = present(field.legalBasis);
    const key = JSON.stringify([field.category, rules, legalBasis]);
    const group = groups.get(key) ?? { category: field.category ?? '', fields: [], rules, legalBasis };
    group.fields.push(field.field ?? '');
    groups.set(key, group);
  }
  return [...groups.values()];
}

/** The hub's refusal of the filters in the page's words, by the field it names (the page shows the code beside it). */
export function filterRefusalText(t: T, error: HubError): string {
  switch (error.code === 'BAD_USER_INPUT' ? error.extensions.field : undefined) {
    case 'filter.personId':
      return t('refusedFilterPerson');
    case 'filter.dossierId':
      return t('refusedFilterDossier');
    case 'filter.from':
      return t('refusedFilterPeriod');
    default:
      return fill(t('refusedFilter'), { field: String(error.extensions.field ?? '—'), message: error.message });
  }
}
