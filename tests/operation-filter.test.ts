import { buildSchema, parse, print } from 'graphql';
import { restoreRemovedFields, stripAddedKeys } from '../gateway/forbidden-fields';
import { filterOperation } from '../gateway/operation-filter';

// The gateway's filter works on any supergraph; this small schema has the interfaces and unions ours lacks.
const schema = buildSchema(`
  interface Party { id: ID! name: String secret: String }
  type Victim implements Party { id: ID! name: String secret: String shelter: String }
  type Suspect implements Party { id: ID! name: String secret: String record: String }
  union Anyone = Victim | Suspect
  type Query { parties: [Party] anyone: [Anyone] hidden: String }
`);
const denied = new Set(['Victim.shelter', 'Party.secret', 'Victim.secret', 'Suspect.secret', 'Query.hidden']);
const decide = (type: string, field: string) => (denied.has(`${type}.${field}`) ? `${type}.${field} is refused` : null);

describe('the operation filter on interfaces and unions', () => {
  it('removes fields selected on an interface, in inline fragments on its types, and through union members', () => {
    const document = parse(`{
      parties { id name secret ... on Victim { shelter } ... on Suspect { record } }
      anyone { ... on Victim { id s: shelter } ... on Suspect { id record } }
      hidden
    }`);
    const { document: filtered, removed } = filterOperation(schema, document, null, {}, decide);
    expect(removed.map((r) => `${r.path.join('.')}@${r.parentType}`)).toEqual(['parties.secret@Party', 'parties.shelter@Victim', 'anyone.s@Victim', 'hidden@Query']);
    const printed = print(filtered);
    expect(printed).not.toMatch(/secret|shelter|hidden/);
    expect(printed).toMatch(/__policy_typename: __typename/);
  });

  it('puts null and FORBIDDEN back only on objects of the type the field was selected on', () => {
    const document = parse('{ parties { id ... on Victim { shelter } ... on Suspect { record } } }');
    const { removed } = filterOperation(schema, document, null, {}, decide);
    const data = {
      parties: [
        { id: '1', __policy_typename: 'Victim' },
        { id: '2', record: 'r', __policy_typename: 'Suspect' },
      ],
    };
    const errors = restoreRemovedFields(schema, data as never, removed);
    stripAddedKeys(data);
    expect(data).toEqual({ parties: [{ id: '1', shelter: null }, { id: '2', record: 'r' }] });
    expect(errors.map((error) => [error.path, error.extensions.code])).toEqual([[['parties', 0, 'shelter'], 'FORBIDDEN']]);
  });

  it('keeps an operation that selects only forbidden fields valid, with a placeholder', () => {
    const { document } = filterOperation(schema, parse('{ hidden }'), null, {}, decide);
    expect(print(document)).toMatch(/\{\s*__policy_typename: __typename\s*\}/);
  });
});
