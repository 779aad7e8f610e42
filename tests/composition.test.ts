import { readFileSync } from 'node:fs';
import { buildASTSchema, parse } from 'graphql';
import { composeSupergraph } from '../schema/compose';
import { apiSchemaPath, supergraphPath } from '../schema/files';

describe('the composed supergraph', () => {
  it('is committed as composed from the current subgraphs (run `npm run compose` when this fails)', async () => {
    const { supergraphSdl, apiSchemaSdl } = await composeSupergraph();
    expect(readFileSync(supergraphPath, 'utf8')).toBe(supergraphSdl);
    expect(readFileSync(apiSchemaPath, 'utf8')).toBe(apiSchemaSdl);
  });

  it('has a public API schema without federation internals, and with the cross-subgraph fields', () => {
    const api = readFileSync(apiSchemaPath, 'utf8');
    expect(api).not.toMatch(/join__|link__|_entities|_service/);
    const schema = buildASTSchema(parse(api));
    const dossier = schema.getType('Dossier') as import('graphql').GraphQLObjectType;
    expect(Object.keys(dossier.getFields())).toEqual(expect.arrayContaining(['code', 'persons', 'currentRiskLevel', 'riskAssessments']));
  });
});
