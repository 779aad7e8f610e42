/**
 * Scoring of a risk assessment against an instrument version. The hub computes score and level;
 * professional judgement may raise the level, never lower it; a red-flag item forces at least HIGH.
 */
export const riskLevels = ['LOW', 'MEDIUM', 'HIGH'] as const;
export type Level = (typeof riskLevels)[number];

export interface ScoringItem {
  code: string;
  kind: 'RISK' | 'PROTECTIVE';
  weight: number;
  redFlag: boolean;
}

export interface ScoringInstrument {
  mediumThreshold: number;
  highThreshold: number;
  items: readonly ScoringItem[];
}

export interface Scored {
  score: number;
  computedLevel: Level;
  level: Level;
  redFlagged: boolean;
}

export class ScoringError extends Error {
  constructor(message: string, readonly field: string) {
    super(message);
  }
}

export const levelRank = (level: Level) => riskLevels.indexOf(level);
export const highestLevel = (levels: Level[]): Level | null =>
  levels.reduce<Level | null>((max, level) => (max === null || levelRank(level) > levelRank(max) ? level : max), null);

/** Answers name the items present; every item code must belong to the instrument version. */
export function scoreAssessment(instrument: ScoringInstrument, answers: Record<string, boolean>, judgementLevel?: Level | null): Scored {
  const items = new Map(instrument.items.map((item) => [item.code, item]));
  for (const code of Object.keys(answers)) {
    if (!items.has(code)) throw new ScoringError(`item ${code} is not part of this instrument version`, 'answers');
  }
  let score = 0;
  let redFlagged = false;
  for (const [code, present] of Object.entries(answers)) {
    const item = items.get(code)!;
    if (!present) continue;
    score += item.kind === 'RISK' ? item.weight : -item.weight;
    redFlagged ||= item.redFlag;
  }
  score = Math.max(score, 0);
  let computedLevel: Level = score >= instrument.highThreshold ? 'HIGH' : score >= instrument.mediumThreshold ? 'MEDIUM' : 'LOW';
  if (redFlagged) computedLevel = 'HIGH';
  if (judgementLevel && levelRank(judgementLevel) < levelRank(computedLevel)) {
    throw new ScoringError(
      `professional judgement may raise the level, never lower it: ${judgementLevel} is below the computed ${computedLevel}`,
      'judgementLevel',
    );
  }
  return { score, computedLevel, level: judgementLevel ?? computedLevel, redFlagged };
}

export type Escalation = 'HIGHER_LEVEL_THAN_PREVIOUS';

/** An assessment above the person's previous level is an escalation, flagged without anyone asking. */
export function escalationOf(previous: Level | null, level: Level): Escalation | null {
  return previous !== null && levelRank(level) > levelRank(previous) ? 'HIGHER_LEVEL_THAN_PREVIOUS' : null;
}

/** The version of an instrument in force on a day: the latest one published on or before it. */
export function versionInForce<T extends { code: string; version: number; publishedOn: string }>(versions: readonly T[], code: string, on: string): T | undefined {
  return versions.filter((v) => v.code === code && v.publishedOn <= on).sort((a, b) => b.version - a.version)[0];
}
