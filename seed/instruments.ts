/**
 * The synthetic risk instrument (two versions), as data. Version 2 adds coercive control and
 * raises the thresholds; assessments keep the version they were made with.
 */
export const instrumentVersions = [
  {
    id: '5a1f0000-0000-4000-8000-000000000001',
    code: 'IFG-RT',
    version: 1,
    name: 'Risicotaxatie intrafamiliaal geweld',
    mediumThreshold: 5,
    highThreshold: 10,
    publishedOn: '2021-01-01',
    items: [
      { code: 'R1', text: 'Violence escalated in the last six months', kind: 'RISK', weight: 3, redFlag: false },
      { code: 'R2', text: 'Threats to kill', kind: 'RISK', weight: 5, redFlag: true },
      { code: 'R3', text: 'Strangulation or choking', kind: 'RISK', weight: 5, redFlag: true },
      { code: 'R4', text: 'Access to weapons', kind: 'RISK', weight: 4, redFlag: false },
      { code: 'R5', text: 'Recent or planned separation', kind: 'RISK', weight: 2, redFlag: false },
      { code: 'R6', text: 'Substance abuse by the alleged perpetrator', kind: 'RISK', weight: 2, redFlag: false },
      { code: 'R7', text: 'Children witness the violence', kind: 'RISK', weight: 2, redFlag: false },
      { code: 'R8', text: 'Stalking', kind: 'RISK', weight: 3, redFlag: false },
      { code: 'P1', text: 'Supportive informal network', kind: 'PROTECTIVE', weight: 2, redFlag: false },
      { code: 'P2', text: 'Engaged with support services', kind: 'PROTECTIVE', weight: 2, redFlag: false },
    ],
  },
  {
    id: '5a1f0000-0000-4000-8000-000000000002',
    code: 'IFG-RT',
    version: 2,
    name: 'Risicotaxatie intrafamiliaal geweld',
    mediumThreshold: 6,
    highThreshold: 11,
    publishedOn: '2023-07-01',
    items: [
      { code: 'R1', text: 'Violence escalated in the last six months', kind: 'RISK', weight: 3, redFlag: false },
      { code: 'R2', text: 'Threats to kill', kind: 'RISK', weight: 5, redFlag: true },
      { code: 'R3', text: 'Strangulation or choking', kind: 'RISK', weight: 5, redFlag: true },
      { code: 'R4', text: 'Access to weapons', kind: 'RISK', weight: 4, redFlag: true },
      { code: 'R5', text: 'Recent or planned separation', kind: 'RISK', weight: 2, redFlag: false },
      { code: 'R6', text: 'Substance abuse by the alleged perpetrator', kind: 'RISK', weight: 2, redFlag: false },
      { code: 'R7', text: 'Children witness the violence', kind: 'RISK', weight: 2, redFlag: false },
      { code: 'R8', text: 'Stalking', kind: 'RISK', weight: 3, redFlag: false },
      { code: 'R9', text: 'Coercive control', kind: 'RISK', weight: 3, redFlag: false },
      { code: 'P1', text: 'Supportive informal network', kind: 'PROTECTIVE', weight: 2, redFlag: false },
      { code: 'P2', text: 'Engaged with support services', kind: 'PROTECTIVE', weight: 2, redFlag: false },
    ],
  },
] as const;

export type InstrumentVersion = (typeof instrumentVersions)[number];

export const instrumentFor = (assessedOn: string): InstrumentVersion =>
  assessedOn >= instrumentVersions[1].publishedOn ? instrumentVersions[1] : instrumentVersions[0];

export function instrumentRows() {
  return {
    instrumentVersions: instrumentVersions.map(({ items: _items, ...version }) => version),
    instrumentItems: instrumentVersions.flatMap((version) =>
      version.items.map((item, position) => ({ ...item, instrumentVersionId: version.id, position })),
    ),
  };
}
