/** The hub's bounds on a DPO's note, for a document's decision and a break-glass review alike, counted as it counts them: trimmed. */
export const NOTE_MIN = 10;
export const NOTE_MAX = 2000;
export const noteLength = (note: string) => note.trim().length;
export const noteFits = (note: string) => noteLength(note) >= NOTE_MIN && noteLength(note) <= NOTE_MAX;
