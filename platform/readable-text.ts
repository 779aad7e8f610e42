/**
 * Text a person reads to decide (a DPO: a break-glass justification, an application's name, a
 * document's text): plain text, lines and tabs only. No control characters (PostgreSQL cannot store
 * a NUL either), and no bidirectional embedding, override or isolate, which would show the reader
 * the words in another order than the hub stores and runs them.
 */
export const isReadableText = (text: string): boolean => !/[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f\u202a-\u202e\u2066-\u2069]/.test(text);
