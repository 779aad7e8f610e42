import { formatNumber, type Language } from '../../common/language';
import type { HubError } from '../../hub-client';
import { fill, type Label, type T } from '../i18n';
import { NOTE_MAX, NOTE_MIN } from '../note';
import { statuses } from './documents';

/** The hub's refusal of a decision in the page's words, by its stable code (the page shows the code beside it). */
export function refusalText(t: T, language: Language, error: HubError): string {
  const { status, field } = error.extensions;
  switch (error.code) {
    case 'ILLEGAL_TRANSITION':
      return fill(t('refusedIllegalTransition'), { status: statuses.includes(status as never) ? t(status as Label).toLowerCase() : String(status) });
    case 'BAD_USER_INPUT':
      if (field === 'input.note') return fill(t('refusedNote'), { min: formatNumber(language, NOTE_MIN), max: formatNumber(language, NOTE_MAX) });
      if (field === 'input.documentId' || field === 'input.applicationId') return t('refusedDocument');
      return fill(t('refusedInput'), { field: String(field ?? '') });
    case 'FORBIDDEN':
      return t('refusedForbidden');
    default:
      return `${t('refusedOther')} ${error.message}`;
  }
}
