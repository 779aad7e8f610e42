import { useEffect, useState } from 'react';

/** The pages read in Dutch (the default) and English; the choice is kept for every page of the hub. */
export type Language = 'nl' | 'en';

/** Labels in both languages, by name. */
export type Labels<Name extends string> = Record<Name, Record<Language, string>>;

/** A page's labels in one language. */
export const translator = <Name extends string>(labels: Labels<Name>) => (language: Language) => (label: Name) => labels[label][language];

/** The language chosen (kept in localStorage, the document's lang following it) and the switch to the other. */
export function useLanguage(): [Language, () => void] {
  const [language, setLanguage] = useState<Language>(() => (localStorage.getItem('safe-home-language') as Language | null) ?? 'nl');
  useEffect(() => {
    localStorage.setItem('safe-home-language', language);
    document.documentElement.lang = language;
  }, [language]);
  return [language, () => setLanguage(language === 'nl' ? 'en' : 'nl')];
}

/** Belgian Dutch or British English formatting, of numbers and dates alike. */
export const localeOf = (language: Language) => (language === 'nl' ? 'nl-BE' : 'en-GB');

export const formatNumber = (language: Language, value: number, digits = 0) =>
  new Intl.NumberFormat(localeOf(language), { maximumFractionDigits: digits, minimumFractionDigits: digits }).format(value);

/** A moment the hub gives (ISO 8601), as a date and time on this computer's clock. */
export const formatDateTime = (language: Language, value: string) =>
  new Intl.DateTimeFormat(localeOf(language), { dateStyle: 'long', timeStyle: 'short' }).format(new Date(value));
