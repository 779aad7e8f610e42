import { OrganisationType } from './organisation-types';

/**
 * The roles an actor may hold in a token. Each role belongs to one or more organisation types;
 * which purposes a role may declare, and what it may then read, is the policy's business.
 */
export enum Role {
  SAFE_HOME_COORDINATOR = 'SAFE_HOME_COORDINATOR',
  CASE_MANAGER = 'CASE_MANAGER',
  PSYCHOLOGIST = 'PSYCHOLOGIST',
  CHILD_PSYCHOLOGIST = 'CHILD_PSYCHOLOGIST',
  LIAISON_OFFICER = 'LIAISON_OFFICER',
  POLICE_LIAISON = 'POLICE_LIAISON',
  PROSECUTOR = 'PROSECUTOR',
  JUSTICE_ASSISTANT = 'JUSTICE_ASSISTANT',
  SOCIAL_WORKER = 'SOCIAL_WORKER',
  CLINICIAN = 'CLINICIAN',
  CHILD_WELFARE_WORKER = 'CHILD_WELFARE_WORKER',
  STATISTICIAN = 'STATISTICIAN',
  DPO = 'DPO',
  /** The data protection officer of the central team, for the Safe Homes of all regions. */
  CENTRAL_DPO = 'CENTRAL_DPO',
}

/** Which organisation types a role can be held in (a token that breaks this is refused). */
export const roleOrganisationTypes: Record<Role, readonly OrganisationType[]> = {
  [Role.SAFE_HOME_COORDINATOR]: [OrganisationType.SAFE_HOME],
  [Role.CASE_MANAGER]: [OrganisationType.SAFE_HOME],
  [Role.PSYCHOLOGIST]: [OrganisationType.SAFE_HOME],
  [Role.CHILD_PSYCHOLOGIST]: [OrganisationType.SAFE_HOME],
  [Role.LIAISON_OFFICER]: [OrganisationType.SAFE_HOME],
  [Role.POLICE_LIAISON]: [OrganisationType.POLICE],
  [Role.PROSECUTOR]: [OrganisationType.PROSECUTION],
  [Role.JUSTICE_ASSISTANT]: [OrganisationType.JUSTICE_HOUSE],
  [Role.SOCIAL_WORKER]: [OrganisationType.CAW, OrganisationType.OCMW, OrganisationType.OTHER],
  [Role.CLINICIAN]: [OrganisationType.CGG],
  [Role.CHILD_WELFARE_WORKER]: [OrganisationType.OPGROEIEN, OrganisationType.VK],
  [Role.STATISTICIAN]: [OrganisationType.SAFE_HOME],
  [Role.DPO]: [OrganisationType.SAFE_HOME],
  [Role.CENTRAL_DPO]: [OrganisationType.CENTRAL_TEAM],
};
