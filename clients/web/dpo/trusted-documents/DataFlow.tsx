import { formatNumber, type Language } from '../../common/language';
import { fill, type T } from '../i18n';
import { present } from '../present';
import type { DataFlow as Flow, FlowField } from './documents';

function categoryOf(t: T, field: FlowField): string {
  if (field.category) return field.category;
  return fill(t('declaredPerRecord'), { categories: present(field.declaredCategories).join(', ') || '—' });
}

function Rules({ t, field }: { t: T; field: FlowField }) {
  const except = present(field.exceptRules);
  return (
    <>
      {present(field.rules).join(', ')}
      {except.length > 0 && <> ({t('except')} {except.join(', ')})</>}
    </>
  );
}

/** The fields a recipient can be given: what, of which category, about whom, under which rules and legal bases. */
function Disclosed({ t, language, caption, fields, testId }: { t: T; language: Language; caption: string; fields: FlowField[]; testId: string }) {
  return (
    <table data-testid={testId}>
      <caption>{caption} ({fill(t('fieldCount'), { count: formatNumber(language, fields.length) })})</caption>
      <thead>
        <tr><th scope="col">{t('field')}</th><th scope="col">{t('category')}</th><th scope="col">{t('aboutWhom')}</th><th scope="col">{t('rules')}</th><th scope="col">{t('legalBasis')}</th></tr>
      </thead>
      <tbody>
        {fields.map((field) => (
          <tr key={field.field} data-field={field.field}>
            <td><code>{field.field}</code></td>
            <td>{categoryOf(t, field)}</td>
            {/* The policy's own words on whose data it is (policy/field-flow.ts), in English. */}
            <td lang="en">{field.persons ?? '—'}</td>
            <td><Rules t={t} field={field} /></td>
            <td>{present(field.legalBasis).join(', ')}</td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}

function Writes({ t, fields }: { t: T; fields: FlowField[] }) {
  return (
    <table data-testid="flow-writes">
      <caption>{t('writes')}</caption>
      <thead>
        <tr><th scope="col">{t('field')}</th><th scope="col">{t('action')}</th><th scope="col">{t('category')}</th><th scope="col">{t('rules')}</th><th scope="col">{t('legalBasis')}</th></tr>
      </thead>
      <tbody>
        {fields.map((field) => (
          <tr key={field.field} data-field={field.field} data-allowed={String(field.allowed)}>
            <td><code>{field.field}</code></td>
            <td>{field.allowed ? field.action : t('refusedAlways')}</td>
            <td>{categoryOf(t, field)}</td>
            <td><Rules t={t} field={field} /></td>
            <td>{present(field.legalBasis).join(', ')}</td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}

/** What one kind of recipient (a role of an organisation type, for a purpose) can be given and can change through the document. */
function RecipientFlow({ t, language, flow }: { t: T; language: Language; flow: Flow }) {
  const reads = present(flow.reads);
  const disclosed = reads.filter((field) => field.allowed);
  const never = reads.filter((field) => !field.allowed);
  const writes = present(flow.writes);
  const breakGlass = present(flow.breakGlassReads);
  return (
    <div className="recipient-flow" data-testid="recipient-flow" data-purpose={flow.purpose} data-role={flow.role}>
      <h4>{fill(t('flowFor'), { role: flow.role ?? '', organisationType: flow.organisationType ?? '', purpose: flow.purpose ?? '' })}</h4>
      {writes.length > 0 && <Writes t={t} fields={writes} />}
      {disclosed.length ? <Disclosed t={t} language={language} caption={t('discloses')} fields={disclosed} testId="flow-discloses" /> : <p>{t('disclosesNothing')}</p>}
      {never.length > 0 && (
        <div data-testid="flow-never">
          <p>{t('never')}:</p>
          <ul className="never">{never.map((field) => <li key={field.field}><code>{field.field}</code> ({categoryOf(t, field)})</li>)}</ul>
        </div>
      )}
      {breakGlass.length > 0 && <Disclosed t={t} language={language} caption={t('breakGlass')} fields={breakGlass} testId="flow-break-glass" />}
    </div>
  );
}

/** What a document can disclose and change, for each purpose its application declares, as the hub computes it from the policy. */
export function DataFlow({ t, language, flows }: { t: T; language: Language; flows: readonly (Flow | null)[] | null | undefined }) {
  if (!flows) return <p data-testid="flow-unknown">{t('flowUnknown')}</p>;
  return (
    <>
      <p className="hint">{t('flowIntro')}</p>
      {present(flows).map((flow) => <RecipientFlow key={`${flow.organisationType} ${flow.role} ${flow.purpose}`} t={t} language={language} flow={flow} />)}
    </>
  );
}
