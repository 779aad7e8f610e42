import { type Labels, type Language, translator } from '../common/language';
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
  withoutChildren: { nl: 'Zonder kinderen', en: 'Without children' },
  table: { nl: 'Tabel', en: 'Table' },
  yearsTotal: { nl: 'Samen', en: 'Together' },
  rangeOf: { nl: 'Over de jaren', en: 'Over the years' },
  suppressed: { nl: 'afgeschermd', en: 'withheld' },
  whyWithheldShort: { nl: 'Waarom „afgeschermd”?', en: 'Why “withheld”?' },
  whyWithheld: {
    nl: 'Een aantal onder 5 tonen we niet: het zou gezinnen herkenbaar kunnen maken. Soms schermen we ook een groter aantal af, omdat men anders het kleine aantal kan terugrekenen door de andere cijfers op te tellen of af te trekken. Een aantal over meerdere jaren is afgeschermd als het in één van die jaren afgeschermd is.',
    en: 'We do not show a count under 5: it could make families recognisable. Sometimes a larger count is withheld too, because otherwise the small count could be worked out by adding up or subtracting the other figures. A count over several years is withheld when it is withheld in any one of those years.',
  },
  whyLevelWithheld: {
    nl: 'Gezinnen die nog niet op risico gewogen zijn, tellen hier niet mee en worden niet getoond. Zijn het er in een jaar minder dan 5, dan schermen we ook één risiconiveau van dat jaar af (meestal het kleinste), want anders zou „alle gezinnen min laag, midden en hoog” hun aantal verraden. Daardoor kan bv. „hoog” over meerdere jaren afgeschermd zijn terwijl laag en midden zichtbaar zijn.',
    en: 'Families whose risk has not yet been assessed are not counted here and not shown. When they are fewer than 5 in a year, one risk level of that year (usually the smallest) is withheld too, because otherwise “all families minus low, medium and high” would give their number away. That is why, say, “high” can be withheld over several years while low and medium show.',
  },
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

/** The API's risk levels (RiskLevel) in the page's language. */
const riskLevels = {
  LOW: { nl: 'Laag', en: 'Low' },
  MEDIUM: { nl: 'Midden', en: 'Medium' },
  HIGH: { nl: 'Hoog', en: 'High' },
} satisfies Labels<string>;

/** Who referred a family (the API's referral sources: an organisation type, or SELF) in the page's language. */
const referralSources = {
  POLICE: { nl: 'Politie', en: 'Police' },
  PROSECUTION: { nl: 'Parket', en: 'Public prosecutor' },
  JUSTICE_HOUSE: { nl: 'Justitiehuis', en: 'Justice house' },
  CAW: { nl: 'CAW (algemeen welzijnswerk)', en: 'CAW (general welfare centre)' },
  CGG: { nl: 'CGG (geestelijke gezondheidszorg)', en: 'CGG (mental health centre)' },
  OCMW: { nl: 'OCMW', en: 'OCMW (public social welfare centre)' },
  OPGROEIEN: { nl: 'Opgroeien', en: 'Opgroeien (child and family agency)' },
  VK: { nl: 'Vertrouwenscentrum Kindermishandeling', en: 'Child abuse confidential centre (VK)' },
  OTHER: { nl: 'Andere', en: 'Other' },
  SELF: { nl: 'Het gezin zelf', en: 'The family itself' },
} satisfies Labels<string>;

/** A value of one of the API's enums in the page's language; a value the page does not know yet, as the API spells it. */
const enumLabel = (names: Labels<string>) => (language: Language, value: string | null | undefined) => (value ? names[value]?.[language] ?? value : '');
export const riskLevelLabel = enumLabel(riskLevels);
export const referralSourceLabel = enumLabel(referralSources);

export type Label = keyof typeof labels;

export const translate = translator<Label>(labels);

/** A page's labels in its current language. */
export type T = ReturnType<typeof translate>;
