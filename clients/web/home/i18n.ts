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
  dpoAbout: { nl: 'Wat de hub heeft vrijgegeven, en de documenten van de partnertoepassingen die op een beslissing wachten.', en: 'What the hub has disclosed, and the partner applications’ documents waiting for a decision.' },
  explorer: { nl: 'GraphQL-verkenner', en: 'GraphQL explorer' },
  explorerAbout: { nl: 'De API uitproberen, voor ontwikkelaars van partners (in het Engels).', en: 'Try the API, for partners’ developers.' },
  docs: { nl: 'Documentatie', en: 'Documentation' },
  docsAbout: { nl: 'Hoe de hub werkt, het beleid, de datastromen en de werking (in het Engels).', en: 'How the hub works, its policy, data flows and operations.' },
  forDevelopersAndOperators: { nl: 'Voor ontwikkelaars en beheerders', en: 'For developers and operators' },
  health: { nl: 'Gezondheid', en: 'Health' },
  healthAbout: { nl: 'Antwoordt elke deelgraaf? (JSON)', en: 'Does every subgraph answer? (JSON)' },
  ready: { nl: 'Gereedheid', en: 'Readiness' },
  readyAbout: { nl: 'Kan de gateway verzoeken aannemen? (JSON)', en: 'Can the gateway take requests? (JSON)' },
} satisfies Labels<string>;

export type Label = keyof typeof labels;

export const translate = translator(labels);
