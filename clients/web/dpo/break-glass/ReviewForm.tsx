import { type FormEvent, useId, useRef, useState } from 'react';
import { ReviewBreakGlassDocument, type ReviewVerdict } from '../../../generated/graphql';
import type { Language } from '../../common/language';
import { HubError, request, SessionExpired } from '../../hub-client';
import type { T } from '../i18n';
import { noteFits } from '../note';
import { NoteField } from '../NoteField';
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

/** The DPO's verdict on a break-glass request, justified or not, with a note that says why (the hub's bounds, counted as it counts). */
export function ReviewForm({ t, language, queued, token, onReviewed, onRefused, onExpired }: Props) {
  const [note, setNote] = useState('');
  const [noteRefused, setNoteRefused] = useState(false);
  const [sending, setSending] = useState(false);
  const noteField = useRef<HTMLTextAreaElement>(null);
  const id = useId();

  async function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const verdict = ((event.nativeEvent as SubmitEvent).submitter as HTMLButtonElement | null)?.value as ReviewVerdict | undefined;
    if (!verdict) return;
    if (!noteFits(note)) {
      setNoteRefused(true);
      noteField.current?.focus();
      return;
    }
    setSending(true);
    try {
      const { reviewBreakGlass } = await request(ReviewBreakGlassDocument, { requestId: queued.requestId, verdict, note }, token);
      onReviewed(reviewBreakGlass!);
    } catch (error) {
      if (error instanceof SessionExpired) return onExpired();
      onRefused(error instanceof HubError ? error : new HubError(error instanceof Error ? error.message : String(error), undefined));
    } finally {
      setSending(false);
    }
  }

  return (
    <form className="decision" onSubmit={(event) => void submit(event)} noValidate aria-labelledby={`${id}-title`} data-testid="review-form">
      <h4 id={`${id}-title`}>{t('verdictTitle')}</h4>
      <NoteField t={t} language={language} id={id} label={t('reviewNote')} note={note} onChange={setNote} refused={noteRefused} fieldRef={noteField} />
      <div className="buttons">
        <button type="submit" value="JUSTIFIED" disabled={sending} data-testid="justified">{t('justified')}</button>
        <button type="submit" value="UNJUSTIFIED" disabled={sending} data-testid="unjustified">{t('unjustified')}</button>
      </div>
      {sending && <p role="status">{t('reviewing')}</p>}
    </form>
  );
}
