import type { Ref } from 'react';
import { formatNumber, type Language } from '../common/language';
import { fill, type T } from './i18n';
import { NOTE_MAX, NOTE_MIN, noteFits, noteLength } from './note';

interface Props {
  t: T;
  language: Language;
  /** The form's id: the field's ids derive from it. */
  id: string;
  label: string;
  note: string;
  onChange: (note: string) => void;
  /** The DPO tried to send a note out of bounds: the field says why. */
  refused: boolean;
  fieldRef: Ref<HTMLTextAreaElement>;
}

/** A DPO's note that says why, with its length counted as the hub counts it, and why it is refused when it is. */
export function NoteField({ t, language, id, label, note, onChange, refused, fieldRef }: Props) {
  const showProblem = refused && !noteFits(note);
  const numbers = { count: formatNumber(language, noteLength(note)), min: formatNumber(language, NOTE_MIN), max: formatNumber(language, NOTE_MAX) };
  return (
    <>
      <label htmlFor={`${id}-note`}>{label}</label>
      <textarea
        id={`${id}-note`}
        ref={fieldRef}
        rows={3}
        value={note}
        onChange={(event) => onChange(event.target.value)}
        aria-required="true"
        aria-invalid={showProblem}
        aria-describedby={`${id}-count${showProblem ? ` ${id}-problem` : ''}`}
        data-testid="note"
      />
      <p id={`${id}-count`} className="count" data-testid="note-count">{fill(t('noteCount'), numbers)}</p>
      {showProblem && <p id={`${id}-problem`} className="problem" role="alert" data-testid="note-problem">{fill(t('noteInvalid'), numbers)}</p>}
    </>
  );
}
