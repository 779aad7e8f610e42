import { readFileSync } from 'node:fs';
import { buildASTSchema, getNamedType, isObjectType, parse } from 'graphql';
import { attributesOf, classification, DataCategory, recordAttributes, recordLinks } from '../policy';
import { policyMatrixMarkdown } from '../policy/matrix';
import { policyDocPath } from '../policy/matrix-file';
import { apiSchemaPath } from '../schema/files';

describe('the policy as documents', () => {
  it('classifies every field of every output type of the composed supergraph, and nothing else', () => {
    const schema = buildASTSchema(parse(readFileSync(apiSchemaPath, 'utf8')));
    const unclassified: string[] = [];
    const fields = new Set<string>();
    for (const type of Object.values(schema.getTypeMap())) {
      if (type.name.startsWith('__') || !isObjectType(type)) continue;
      for (const field of Object.keys(type.getFields())) {
        fields.add(`${type.name}.${field}`);
        if (classification[type.name]?.[field] === undefined) unclassified.push(`${type.name}.${field}`);
      }
    }
    expect(unclassified).toEqual([]);
    const stale = Object.entries(classification).flatMap(([typeName, byField]) => Object.keys(byField).map((field) => `${typeName}.${field}`)).filter((coordinate) => !fields.has(coordinate));
    expect(stale).toEqual([]);
    const categories = Object.values(classification).flatMap((byField) => Object.values(byField));
    expect(categories.every((category) => typeof category === 'object' || Object.values(DataCategory).includes(category))).toBe(true);
  });

  it('names every field that leads from a record to records carrying attributes it lacks, and only those', () => {
    const schema = buildASTSchema(parse(readFileSync(apiSchemaPath, 'utf8')));
    const links: string[] = [];
    for (const typeName of Object.keys(recordAttributes)) {
      const type = schema.getType(typeName);
      if (!isObjectType(type)) continue;
      for (const [field, { type: fieldType }] of Object.entries(type.getFields())) {
        const target = getNamedType(fieldType).name;
        if (attributesOf(target).some((attribute) => !attributesOf(typeName).includes(attribute))) links.push(`${typeName}.${field} -> ${target}`);
      }
    }
    const listed = Object.entries(recordLinks).flatMap(([typeName, byField]) => Object.entries(byField).map(([field, target]) => `${typeName}.${field} -> ${target}`));
    expect(listed.sort()).toEqual(links.sort());
  });

  it('docs/POLICY.md is generated from the current policy (run `npm run policy:matrix` when this fails)', () => {
    expect(readFileSync(policyDocPath, 'utf8')).toBe(policyMatrixMarkdown());
  });
});
