import { ReviewBreakGlassDocument, type ReviewVerdict } from '../../../generated/graphql';
import type { Language } from '../../common/language';
import { type HubError, request } from '../../hub-client';
import type { T } from '../i18n';
import { VerdictForm } from '../VerdictForm';
import type { QueuedRequest, Review } from './queue';

interface Props {
  t: T;
  language: Language;
  queued: QueuedRequest;
  token: string;
  onReviewed: (review: Review) => void;
  onRefused: (error: HubError) => void;
  onExpired: () => void;
}

/** The DPO's verdict on a break-glass request, justified or not, with a note that says why. */
export function ReviewForm({ t, language, queued, token, onReviewed, onRefused, onExpired }: Props) {
  return (
    <VerdictForm<ReviewVerdict>
      t={t} language={language} title={t('verdictTitle')} noteLabel={t('reviewNote')} sendingLabel={t('reviewing')} testId="review-form"
      verdicts={[{ value: 'JUSTIFIED', label: t('justified'), testId: 'justified' }, { value: 'UNJUSTIFIED', label: t('unjustified'), testId: 'unjustified' }]}
      send={async (verdict, note) => onReviewed((await request(ReviewBreakGlassDocument, { requestId: queued.requestId, verdict, note }, token)).reviewBreakGlass!)}
      onRefused={onRefused} onExpired={onExpired}
    />
  );
}
