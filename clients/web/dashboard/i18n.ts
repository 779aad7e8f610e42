import { type Labels, translator } from '../common/language';
import { sessionLabels } from '../common/session-labels';

/** Every label of the dashboard in Dutch and English; one switch changes them all. */
const labels = {
  ...sessionLabels,
  title: { nl: 'Veilige Huizen in cijfers', en: 'Safe Homes in figures' },
  subtitle: {
    nl: 'Geaggregeerde cijfers, zonder persoonsgegevens. Kleine aantallen worden afgeschermd.',
    en: 'Aggregate figures, no personal data. Small counts are withheld.',
  },
  fromYear: { nl: 'Van', en: 'From' },
  toYear: { nl: 'Tot en met', en: 'To' },
  safeHome: { nl: 'Veilig Huis', en: 'Safe Home' },
  allSafeHomes: { nl: 'Heel Vlaanderen', en: 'All of Flanders' },
  year: { nl: 'Jaar', en: 'Year' },
  count: { nl: 'Aantal', en: 'Count' },
  track: { nl: 'Spoor', en: 'Track' },
  trackNone: { nl: 'nog niet gewogen', en: 'not yet weighed' },
  referredFamilies: { nl: 'Aangemelde gezinnen per jaar', en: 'Referred families per year' },
  perSafeHomeAndTrack: { nl: 'Aangemelde gezinnen per Veilig Huis en spoor', en: 'Referred families per Safe Home and track' },
  consults: { nl: 'Anonieme consulten (spoor 1) per jaar', en: 'Anonymous consults (track 1) per year' },
  children: { nl: 'Gezinnen met betrokken kinderen', en: 'Families with children involved' },
  families: { nl: 'Gezinnen', en: 'Families' },
  withChildren: { nl: 'Met kinderen', en: 'With children' },
  share: { nl: 'Aandeel', en: 'Share' },
  riskLevels: { nl: 'Risiconiveau (huidig, per dossier)', en: 'Risk level (current, per dossier)' },
  level: { nl: 'Niveau', en: 'Level' },
  referralSources: { nl: 'Aanmelders', en: 'Referral sources' },
  source: { nl: 'Aanmelder', en: 'Source' },
  duration: { nl: 'Duur van de dossiers afgesloten in deze jaren, per spoor', en: 'Duration of the dossiers closed in these years, by track' },
  averageDays: { nl: 'Gemiddeld (dagen)', en: 'Average (days)' },
  medianDays: { nl: 'Mediaan (dagen)', en: 'Median (days)' },
  suppressed: { nl: 'afgeschermd', en: 'withheld' },
  suppressedHelp: {
    nl: 'Afgeschermd: een klein aantal, of een aantal dat mee afgeschermd is zodat geen klein aantal terug te rekenen is uit andere cijfers, ook niet van een andere filter. Welke aantallen afgeschermd zijn, ligt vast per verversing van de cijfers, voor iedereen.',
    en: 'Withheld: a small count, or one withheld with it so that no small count can be worked out from other figures, of any filter either. Which counts are withheld is fixed per refresh of the figures, the same for everyone.',
  },
  loading: { nl: 'Cijfers laden…', en: 'Loading figures…' },
  expired: { nl: 'Uw sessie voor het dashboard is verlopen.', en: 'Your dashboard session has expired.' },
  failed: { nl: 'De cijfers konden niet geladen worden:', en: 'The figures could not be loaded:' },
  retry: { nl: 'Opnieuw proberen', en: 'Try again' },
  signInPrompt: {
    nl: 'Meld u aan om de cijfers te zien, als statisticus of coördinator van een Veilig Huis.',
    en: 'Sign in to see the figures, as a statistician or coordinator of a Safe Home.',
  },
} satisfies Labels<string>;

export type Label = keyof typeof labels;

export const translate = translator<Label>(labels);

/** A page's labels in its current language. */
export type T = ReturnType<typeof translate>;
