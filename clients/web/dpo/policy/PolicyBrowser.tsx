import { useId, useState } from 'react';
import { formatNumber, type Language } from '../../common/language';
import { fill } from '../i18n';
import { translatePolicy, type PolicyT } from './labels';
import { type Bilingual, type CategoryGrant, policy, type RuleUse } from './policy';

const rulesById = new Map(policy.rules.map((rule) => [rule.id, rule]));
const categoriesById = new Map(policy.categories.map((category) => [category.category, category]));
const basesById = new Map(policy.legalBases.map((basis) => [basis.id, basis]));

/** Schema coordinates by their type: `Person`: givenName, familyName. */
function byType(coordinates: string[]): [string, string[]][] {
  const types = new Map<string, string[]>();
  for (const coordinate of coordinates) {
    const [typeName, field] = coordinate.split('.');
    types.set(typeName, [...(types.get(typeName) ?? []), field]);
  }
  return [...types];
}

/** The legal bases the rules on these categories cite, each once, in the policy's order. */
const citedBy = (categories: CategoryGrant[]) => {
  const cited = new Set(categories.flatMap((grant) => [...grant.allows, ...grant.denies]).flatMap((use) => rulesById.get(use.rule)!.legalBasis));
  return policy.legalBases.filter((basis) => cited.has(basis.id));
};

interface Words {
  t: PolicyT;
  say: (label: Bilingual) => string;
}

/** One rule where it applies: its name and id, what it allows, only for which organisation types, when, and on which legal basis. */
function RuleLine({ t, say, use }: Words & { use: RuleUse }) {
  const rule = rulesById.get(use.rule)!;
  const types = use.onlyFor?.map((type) => say(policy.labels.organisationTypes[type])).join(', ');
  return (
    <li data-testid="policy-rule" data-rule={rule.id} data-effect={rule.effect}>
      {rule.effect === 'allow' && <strong>{use.actions.map((action) => say(policy.labels.actions[action])).join(', ')}</strong>}
      {rule.effect === 'allow' && ' — '}
      {say(rule.title)} (<code>{rule.id}</code>)
      {rule.breakGlass && <>, <em>{t('inEmergency')}</em></>}
      {types && <>, {fill(t('onlyFor'), { types })}</>}
      <br />
      <span data-testid="policy-conditions">{t('when')}: {rule.conditions.length ? rule.conditions.map(say).join(t('and')) : t('always')}</span>
      <br />
      <span data-testid="policy-legal-basis">{t('legalBasis')}: {rule.legalBasis.map((id) => say(basesById.get(id)!.citation)).join('; ')}</span>
      <details className="meaning">
        <summary>{t('meaning')}</summary>
        <p data-testid="policy-meaning">{say(rule.description)}</p>
      </details>
    </li>
  );
}

function Category({ t, say, grant, count }: Words & { grant: CategoryGrant; count: (value: number) => string }) {
  const category = categoriesById.get(grant.category)!;
  const id = useId();
  return (
    <article className="policy-category" data-testid="policy-category" data-category={grant.category} aria-labelledby={`${id}-name`}>
      <h3 id={`${id}-name`}>{say(category.name)}</h3>
      <p className="hint">{say(category.meaning)}</p>
      <h4>{t('may')}</h4>
      <ul>{grant.allows.map((use) => <RuleLine key={use.rule} t={t} say={say} use={use} />)}</ul>
      {grant.denies.length > 0 && (
        <div className="denies">
          <h4>{t('never')}</h4>
          <ul>{grant.denies.map((use) => <RuleLine key={use.rule} t={t} say={say} use={use} />)}</ul>
        </div>
      )}
      <details data-testid="policy-fields">
        <summary>{fill(t('fields'), { count: count(category.fields.length + category.sharedAsFields.length) })}</summary>
        <ul className="fields">
          {byType(category.fields).map(([typeName, fields]) => <li key={typeName}><code>{typeName}</code>: {fields.join(', ')}</li>)}
          {byType(category.sharedAsFields).map(([typeName, fields]) => <li key={`shared-${typeName}`}><code>{typeName}</code>: {fields.join(', ')} ({t('sharedAs')} {say(category.name)})</li>)}
        </ul>
      </details>
    </article>
  );
}

/**
 * The policy for the DPO to browse: pick a role and a purpose, and read per category what the role may
 * do, under which rule, when and on which legal basis, with the deny rules where they bite.
 */
export function PolicyBrowser({ language: current }: { language: Language }) {
  const t = translatePolicy(current);
  const say = (label: Bilingual) => label[current];
  const id = useId();
  const [role, setRole] = useState(policy.roles[0].role);
  const grants = policy.roles.find((entry) => entry.role === role)!;
  const purposes = grants.purposes.flatMap((group) => group.purposes);
  const [chosen, setPurpose] = useState(purposes[0]);
  const purpose = purposes.includes(chosen) ? chosen : purposes[0];
  const { categories } = grants.purposes.find((group) => group.purposes.includes(purpose))!;
  const count = (value: number) => formatNumber(current, value);

  return (
    <section aria-labelledby={`${id}-title`} data-testid="policy-browser" data-role={role} data-purpose={purpose}>
      <h2 id={`${id}-title`}>{t('policyTitle')}</h2>
      <p className="hint">{t('policyIntro')}</p>
      <form className="filters" onSubmit={(event) => event.preventDefault()}>
        <label>
          {t('role')}
          <select data-testid="policy-role" value={role} onChange={(event) => setRole(event.target.value as typeof role)}>
            {policy.roles.map((entry) => <option key={entry.role} value={entry.role}>{say(policy.labels.roles[entry.role])}</option>)}
          </select>
        </label>
        <label>
          {t('purpose')}
          <select data-testid="policy-purpose" value={purpose} onChange={(event) => setPurpose(event.target.value as typeof purpose)}>
            {purposes.map((value) => <option key={value} value={value}>{say(policy.labels.purposes[value])}</option>)}
          </select>
        </label>
      </form>
      <p data-testid="policy-held-in">{fill(t('heldIn'), { types: grants.organisationTypes.map((type) => say(policy.labels.organisationTypes[type])).join(', ') })}</p>
      <p role="status" data-testid="policy-summary">{fill(t('categoryCount'), { count: count(categories.length) })}</p>
      {categories.map((grant) => <Category key={grant.category} t={t} say={say} grant={grant} count={count} />)}
      <h3>{t('legalBases')}</h3>
      <dl className="facts" data-testid="policy-legend">
        {citedBy(categories).map((basis) => (
          <div key={basis.id} className="contents">
            <dt>{say(basis.citation)}</dt>
            <dd>{say(basis.text)}</dd>
          </div>
        ))}
      </dl>
    </section>
  );
}
