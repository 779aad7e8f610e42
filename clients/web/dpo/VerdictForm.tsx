import { type FormEvent, useId, useRef, useState } from 'react';
import type { Language } from '../common/language';
import { HubError, SessionExpired } from '../hub-client';
import type { T } from './i18n';
import { noteFits } from './note';
import { NoteField } from './NoteField';

export interface Verdict<V extends string> {
  value: V;
  label: string;
  testId: string;
}

interface Props<V extends string> {
  t: T;
  language: Language;
  title: string;
  noteLabel: string;
  sendingLabel: string;
  testId: string;
  verdicts: Verdict<V>[];
  /** Sends the verdict with its note to the hub; throws the hub's refusal. */
  send: (verdict: V, note: string) => Promise<void>;
  onRefused: (error: HubError) => void;
  onExpired: () => void;
}

/**
 * A DPO's verdict with a note that says why — on a break-glass request, on a trusted document: one
 * button per verdict, the note checked against the hub's bounds (counted as it counts) before it is sent.
 */
export function VerdictForm<V extends string>({ t, language, title, noteLabel, sendingLabel, testId, verdicts, send, onRefused, onExpired }: Props<V>) {
  const [note, setNote] = useState('');
  const [noteRefused, setNoteRefused] = useState(false);
  const [sending, setSending] = useState(false);
  const noteField = useRef<HTMLTextAreaElement>(null);
  const id = useId();

  async function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const verdict = ((event.nativeEvent as SubmitEvent).submitter as HTMLButtonElement | null)?.value as V | undefined;
    if (!verdict) return;
    if (!noteFits(note)) {
      setNoteRefused(true);
      noteField.current?.focus();
      return;
    }
    setSending(true);
    try {
      await send(verdict, note);
      setNote('');
      setNoteRefused(false);
    } catch (error) {
      if (error instanceof SessionExpired) return onExpired();
      onRefused(error instanceof HubError ? error : new HubError(error instanceof Error ? error.message : String(error), undefined));
    } finally {
      setSending(false);
    }
  }

  return (
    <form className="decision" onSubmit={(event) => void submit(event)} noValidate aria-labelledby={`${id}-title`} data-testid={testId}>
      <h4 id={`${id}-title`}>{title}</h4>
      <NoteField t={t} language={language} id={id} label={noteLabel} note={note} onChange={setNote} refused={noteRefused} fieldRef={noteField} />
      <div className="buttons">
        {verdicts.map(({ value, label, testId: buttonTestId }) => (
          <button key={value} type="submit" value={value} disabled={sending} data-testid={buttonTestId}>{label}</button>
        ))}
      </div>
      {sending && <p role="status">{sendingLabel}</p>}
    </form>
  );
}
