import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { useLanguage } from '../common/language';
import { PageHeader } from '../common/Session';
import '../common/style.css';
import { type Label, translate } from './i18n';
import './style.css';

/** Where a link goes, what it is called and what it is for (label names). */
const staffPages: [string, Label, Label][] = [
  ['/dashboard/', 'dashboard', 'dashboardAbout'],
  ['/dpo/', 'dpo', 'dpoAbout'],
];
const technicalPages: [string, Label, Label][] = [
  ['/explorer/', 'explorer', 'explorerAbout'],
  ['/docs/', 'docs', 'docsAbout'],
  ['/health', 'health', 'healthAbout'],
  ['/health/ready', 'ready', 'readyAbout'],
];

/** The hub's front door (/): what it is, and a link to each of its pages. It signs nobody in. */
function App() {
  const [language, toggleLanguage] = useLanguage();
  const t = translate(language);
  const links = (pages: [string, Label, Label][], testId: string) => (
    <ul className="links" data-testid={testId}>
      {pages.map(([href, name, about]) => (
        <li key={href}>
          <a href={href}>{t(name)}</a>
          <p>{t(about)}</p>
        </li>
      ))}
    </ul>
  );
  return (
    <main>
      <PageHeader t={t} title={t('title')} subtitle={t('subtitle')} language={language} session={null} onToggleLanguage={toggleLanguage} onSignOut={() => undefined} />
      <section aria-labelledby="pages">
        <h2 id="pages">{t('pages')}</h2>
        {links(staffPages, 'staff-pages')}
      </section>
      <section aria-labelledby="technical">
        <h2 id="technical">{t('forDevelopersAndOperators')}</h2>
        {links(technicalPages, 'technical-pages')}
      </section>
    </main>
  );
}

createRoot(document.getElementById('root')!).render(
  <StrictMode>
    <App />
  </StrictMode>,
);
