import { type FormEvent, useId, useRef, useState } from 'react';
import { DecideTrustedDocumentDocument, type DocumentVerdict } from '../../../generated/graphql';
import { formatNumber, type Language } from '../../common/language';
import { HubError, request, SessionExpired } from '../../hub-client';
import { fill, type T } from '../i18n';
import { type Decided, NOTE_MAX, NOTE_MIN, noteLength, type TrustedDocument } from './documents';

interface Props {
  t: T;
  language: Language;
  document: TrustedDocument;
  token: string;
  onDecided: (decided: Decided) => void;
  onRefused: (error: HubError) => void;
  onExpired: () => void;
}

/** Approve or reject a pending document, or withdraw an approval, with a note that says why (the hub's bounds, counted as it counts). */
export function DecisionForm({ t, language, document, token, onDecided, onRefused, onExpired }: Props) {
  const [note, setNote] = useState('');
  const [noteRefused, setNoteRefused] = useState(false);
  const [sending, setSending] = useState(false);
  const noteField = useRef<HTMLTextAreaElement>(null);
  const id = useId();
  const length = noteLength(note);
  const noteFits = length >= NOTE_MIN && length <= NOTE_MAX;
  const showNoteProblem = noteRefused && !noteFits;
  const numbers = { count: formatNumber(language, length), min: formatNumber(language, NOTE_MIN), max: formatNumber(language, NOTE_MAX) };

  async function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const verdict = ((event.nativeEvent as SubmitEvent).submitter as HTMLButtonElement | null)?.value as DocumentVerdict | undefined;
    if (!verdict) return;
    if (!noteFits) {
      setNoteRefused(true);
      noteField.current?.focus();
      return;
    }
    setSending(true);
    try {
      const { decideTrustedDocument } = await request(DecideTrustedDocumentDocument, { input: { applicationId: document.application!.id, documentId: document.documentId, verdict, note } }, token);
      setNote('');
      setNoteRefused(false);
      onDecided(decideTrustedDocument!);
    } catch (error) {
      if (error instanceof SessionExpired) return onExpired();
      onRefused(error instanceof HubError ? error : new HubError(error instanceof Error ? error.message : String(error), undefined));
    } finally {
      setSending(false);
    }
  }

  return (
    <form className="decision" onSubmit={(event) => void submit(event)} noValidate aria-labelledby={`${id}-title`} data-testid="decision-form">
      <h4 id={`${id}-title`}>{document.status === 'APPROVED' ? t('withdraw') : t('decide')}</h4>
      <label htmlFor={`${id}-note`}>{t('note')}</label>
      <textarea
        id={`${id}-note`}
        ref={noteField}
        rows={3}
        value={note}
        onChange={(event) => setNote(event.target.value)}
        aria-required="true"
        aria-invalid={showNoteProblem}
        aria-describedby={`${id}-count${showNoteProblem ? ` ${id}-problem` : ''}`}
        data-testid="note"
      />
      <p id={`${id}-count`} className="count" data-testid="note-count">{fill(t('noteCount'), numbers)}</p>
      {showNoteProblem && <p id={`${id}-problem`} className="problem" role="alert" data-testid="note-problem">{fill(t('noteInvalid'), numbers)}</p>}
      <div className="buttons">
        {document.status === 'PENDING' && <button type="submit" value="APPROVE" disabled={sending} data-testid="approve">{t('approve')}</button>}
        <button type="submit" value="REJECT" disabled={sending} data-testid="reject">{document.status === 'APPROVED' ? t('withdraw') : t('reject')}</button>
      </div>
      {sending && <p role="status">{t('sending')}</p>}
    </form>
  );
}
