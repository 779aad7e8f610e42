import { registerEnumType } from 'type-graphql';
import { OrganisationType } from '../../policy';

/** How a dossier ended. */
export enum ClosureOutcome {
  SAFETY_RESTORED = 'SAFETY_RESTORED',
  HANDED_OVER_TO_REGULAR_CARE = 'HANDED_OVER_TO_REGULAR_CARE',
  FAMILY_WITHDREW = 'FAMILY_WITHDREW',
  NOT_ACCEPTED = 'NOT_ACCEPTED',
  OTHER = 'OTHER',
  /** A referral the Safe Home's team linked into the family's open dossier (linkReferral), never given by hand. */
  LINKED_TO_OPEN_DOSSIER = 'LINKED_TO_OPEN_DOSSIER',
}

/**
 * What a professional asked about in an anonymous (track 1) consult. A closed list on purpose: a
 * consult has no free text, so nothing that could identify a person can be stored with it.
 */
export enum ConsultTopic {
  PARTNER_VIOLENCE = 'PARTNER_VIOLENCE',
  CHILD_WITNESSING_VIOLENCE = 'CHILD_WITNESSING_VIOLENCE',
  DISCUSSING_CONCERNS = 'DISCUSSING_CONCERNS',
  ELDER_ABUSE = 'ELDER_ABUSE',
  HONOUR_RELATED_VIOLENCE = 'HONOUR_RELATED_VIOLENCE',
  STALKING = 'STALKING',
  PROFESSIONAL_SECRECY = 'PROFESSIONAL_SECRECY',
  RISK_SIGNALS = 'RISK_SIGNALS',
  REFERRAL_ADVICE = 'REFERRAL_ADVICE',
  OTHER = 'OTHER',
}

/** Who referred a family: a partner organisation type, or the family itself (the central team refers no one). */
const { SAFE_HOME: _theSafeHomeItself, CENTRAL_TEAM: _theCentralTeam, ...partnerTypes } = OrganisationType;
export const ReferralSource = { ...partnerTypes, SELF: 'SELF' } as const;
export type ReferralSource = (typeof ReferralSource)[keyof typeof ReferralSource];

export enum ConsultationStatus {
  PLANNED = 'PLANNED',
  HELD = 'HELD',
}

registerEnumType(ClosureOutcome, { name: 'ClosureOutcome', description: 'How a dossier ended' });
registerEnumType(ConsultTopic, { name: 'ConsultTopic', description: 'What an anonymous consult was about (a closed list: consults hold no free text)' });
registerEnumType(ReferralSource, { name: 'ReferralSource', description: 'Who referred the family' });
registerEnumType(ConsultationStatus, { name: 'ConsultationStatus', description: 'PLANNED → HELD' });
