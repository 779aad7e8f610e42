import { formatDateTime, type Language } from '../../common/language';
import { fill, type T } from '../i18n';
import { present } from '../present';
import { inWords } from '../vocabulary';
import { fieldGroups, type LogLine as Line } from './log';

interface Props {
  t: T;
  language: Language;
  line: Line;
  onPerson: (personId: string) => void;
  onReport: (personId: string) => void;
}

/** What left the hub in one line, as words: which categories of fields, under which rule and legal basis. */
function Fields({ t, language, line }: { t: T; language: Language; line: Line }) {
  const groups = fieldGroups(line.fields);
  if (!groups.length) return null;
  return (
    <table className="line-fields" data-testid="line-fields">
      <caption>{t('fieldsTitle')}</caption>
      <thead>
        <tr><th scope="col">{t('category')}</th><th scope="col">{t('fields')}</th><th scope="col">{t('rule')}</th><th scope="col">{t('legalBasis')}</th></tr>
      </thead>
      <tbody>
        {groups.map((group) => (
          <tr key={`${group.category} ${group.rules.join()} ${group.legalBasis.join()}`} data-category={group.category}>
            <td>{inWords(language, 'category', group.category)} <code>{group.category}</code></td>
            <td>{group.fields.map((field, index) => <span key={field}>{index > 0 && ', '}<code>{field}</code></span>)}</td>
            <td>{group.rules.length ? group.rules.join(', ') : t('noRules')}</td>
            <td>{group.legalBasis.join(', ')}</td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}

/** One line of the disclosure log, readable: who, for which organisation, why, about what, which fields under which rule, and the document that asked. */
export function LogLine({ t, language, line, onPerson, onReport }: Props) {
  const organisation = line.organisation;
  const denied = present(line.denied);
  const when = typeof line.occurredAt === 'string' ? formatDateTime(language, line.occurredAt) : '—';
  const person = line.subjectType === 'Person' ? line.subjectId : null;
  return (
    <article className={`log-line${line.breakGlass ? ' break-glass' : ''}`} data-testid="log-line" data-seq={line.seq} data-outcome={line.outcome} data-organisation={organisation?.id} data-break-glass={String(Boolean(line.breakGlass))}>
      <h3>
        {fill(t('lineHeading'), { when, outcome: inWords(language, 'outcome', line.outcome) })}
        {line.breakGlass && <span className="badge break-glass">break-glass</span>}
      </h3>
      <dl className="facts">
        <dt>{t('who')}</dt>
        <dd data-testid="line-who">{fill(t('whoValue'), { subject: line.actorSubject ?? '—', role: inWords(language, 'role', line.role) })}</dd>
        <dt>{t('organisation')}</dt>
        <dd data-testid="line-organisation">{organisation?.name ?? organisation?.id} (<code>{organisation?.id}</code>)</dd>
        <dt>{t('why')}</dt>
        <dd data-testid="line-purpose">{inWords(language, 'purpose', line.purpose)}</dd>
        <dt>{t('about')}</dt>
        <dd data-testid="line-about">{line.subjectType ? <>{inWords(language, 'record', line.subjectType)} <code>{line.subjectId}</code></> : t('noRecord')}</dd>
        <dt>{t('operation')}</dt>
        <dd><code>{line.operationName ?? '—'}</code></dd>
        <dt>{t('lineDocument')}</dt>
        <dd data-testid="line-document"><code className="document-id">{line.documentId ?? t('noDocument')}</code></dd>
        <dt>{t('requestLine')}</dt>
        <dd><code>{line.requestId}</code>, {line.seq}</dd>
        {line.breakGlass && (
          <>
            <dt>{t('breakGlassJustification')}</dt>
            <dd data-testid="line-justification"><q>{line.justification}</q></dd>
          </>
        )}
      </dl>
      {typeof line.hiddenUntil === 'string' && <p className="hint">{fill(t('hiddenUntil'), { date: line.hiddenUntil })}</p>}
      <Fields t={t} language={language} line={line} />
      {denied.length > 0 && (
        <p className="denied" data-testid="line-denied">
          {t('deniedTitle')}: {denied.map((field, index) => <span key={field.field}>{index > 0 && '; '}<code>{field.field}</code> ({field.reason})</span>)}
        </p>
      )}
      {person && (
        <p className="line-actions">
          <button type="button" onClick={() => onPerson(person)} data-testid="line-filter-person">{t('filterThisPerson')}</button>
          <button type="button" onClick={() => onReport(person)} data-testid="line-report-person">{t('reportThisPerson')}</button>
        </p>
      )}
    </article>
  );
}
