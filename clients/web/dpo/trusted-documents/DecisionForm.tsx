import { type FormEvent, useId, useRef, useState } from 'react';
import { DecideTrustedDocumentDocument, type DocumentVerdict } from '../../../generated/graphql';
import type { Language } from '../../common/language';
import { HubError, request, SessionExpired } from '../../hub-client';
import type { T } from '../i18n';
import { noteFits } from '../note';
import { NoteField } from '../NoteField';
import type { Decided, TrustedDocument } from './documents';

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

  async function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const verdict = ((event.nativeEvent as SubmitEvent).submitter as HTMLButtonElement | null)?.value as DocumentVerdict | undefined;
    if (!verdict) return;
    if (!noteFits(note)) {
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
      <NoteField t={t} language={language} id={id} label={t('note')} note={note} onChange={setNote} refused={noteRefused} fieldRef={noteField} />
      <div className="buttons">
        {document.status === 'PENDING' && <button type="submit" value="APPROVE" disabled={sending} data-testid="approve">{t('approve')}</button>}
        <button type="submit" value="REJECT" disabled={sending} data-testid="reject">{document.status === 'APPROVED' ? t('withdraw') : t('reject')}</button>
      </div>
      {sending && <p role="status">{t('sending')}</p>}
    </form>
  );
}
