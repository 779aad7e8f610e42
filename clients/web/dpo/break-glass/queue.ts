import type { BreakGlassQueueQuery, ReviewBreakGlassMutation } from '../../../generated/graphql';
import { formatNumber, type Language } from '../../common/language';
import type { HubError } from '../../hub-client';
import { fill, type T } from '../i18n';
import { NOTE_MAX, NOTE_MIN } from '../note';

export type QueuedRequest = NonNullable<NonNullable<NonNullable<BreakGlassQueueQuery['breakGlassQueue']>['nodes']>[number]>;
export type Review = NonNullable<ReviewBreakGlassMutation['reviewBreakGlass']>;

/** Requests per page of the queue. */
export const QUEUE_PAGE_SIZE = 50;

/** The hub's refusal of a review in the page's words, by its stable code (the page shows the code beside it). */
export function reviewRefusalText(t: T, language: Language, error: HubError): string {
  if (error.code === 'BAD_USER_INPUT' && error.extensions.field === 'note') return fill(t('refusedReviewNote'), { min: formatNumber(language, NOTE_MIN), max: formatNumber(language, NOTE_MAX) });
  if (error.code === 'BAD_USER_INPUT' && error.extensions.field === 'requestId') return t('refusedRequest');
  if (error.code === 'FORBIDDEN') return t('refusedReview');
  return `${t('refusedOtherReview')} ${error.message}`;
}
