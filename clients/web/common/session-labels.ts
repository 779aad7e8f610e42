import type { Labels } from './language';

/** The labels of signing in and out, the same on every page (each page's own labels include them). */
export const sessionLabels = {
  signIn: { nl: 'Aanmelden', en: 'Sign in' },
  signInAgain: { nl: 'Opnieuw aanmelden', en: 'Sign in again' },
  signInFailed: { nl: 'Aanmelden is niet gelukt:', en: 'Signing in failed:' },
  signedInAs: { nl: 'Aangemeld als', en: 'Signed in as' },
  signOut: { nl: 'Afmelden', en: 'Sign out' },
  language: { nl: 'English', en: 'Nederlands' },
} satisfies Labels<string>;

export type SessionLabel = keyof typeof sessionLabels;
