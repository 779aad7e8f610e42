import { type Labels, translator } from '../common/language';
import { sessionLabels } from '../common/session-labels';

const labels = {
  ...sessionLabels,
  title: { nl: 'Hub van de Veilige Huizen', en: 'Safe Home hub' },
  subtitle: {
    nl: 'Waar de partners van een Veilig Huis dossiergegevens delen, elk veld onder de regels van het decreet. Alle gegevens hier zijn synthetisch.',
    en: 'Where the partners of a Safe Home share case data, every field under the decree’s rules. All data here is synthetic.',
  },
  pages: { nl: 'Pagina’s', en: 'Pages' },
  dashboard: { nl: 'Statistieken', en: 'Statistics' },
  dashboardAbout: { nl: 'Veilige Huizen in cijfers: aanmeldingen, consulten, risico’s. Voor statistici en coördinatoren.', en: 'Safe Homes in figures: referrals, consults, risks. For statisticians and coordinators.' },
  dpo: { nl: 'Functionaris voor gegevensbescherming', en: 'Data protection officer' },
  dpoAbout: {
    nl: 'Wat de hub heeft vrijgegeven en de keten die het bewijst, de break-glass-verzoeken om te beoordelen, inzageverslagen, de documenten van de partnertoepassingen die op een beslissing wachten, en het beleid.',
    en: 'What the hub has disclosed and the chain that proves it, break-glass requests to review, subject-access reports, the partner applications’ documents waiting for a decision, and the policy.',
  },
  explorer: { nl: 'GraphQL-verkenner', en: 'GraphQL explorer' },
  explorerAbout: { nl: 'De API uitproberen, voor ontwikkelaars van partners (in het Engels).', en: 'Try the API, for partners’ developers.' },
  docs: { nl: 'Documentatie', en: 'Documentation' },
  docsAbout: { nl: 'Hoe de hub werkt, het beleid (ook in het Nederlands), de datastromen en de werking; de rest in het Engels.', en: 'How the hub works, its policy (also in Dutch), data flows and operations.' },
  forDevelopersAndOperators: { nl: 'Voor ontwikkelaars en beheerders', en: 'For developers and operators' },
  health: { nl: 'Gezondheid', en: 'Health' },
  healthAbout: { nl: 'Antwoordt elke deelgraaf? (JSON)', en: 'Does every subgraph answer? (JSON)' },
  ready: { nl: 'Gereedheid', en: 'Readiness' },
  readyAbout: { nl: 'Kan de gateway verzoeken aannemen? (JSON)', en: 'Can the gateway take requests? (JSON)' },
} satisfies Labels<string>;

export type Label = keyof typeof labels;

export const translate = translator(labels);
