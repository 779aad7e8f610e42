/** The kinds of partner organisation that take part in a Safe Home's work. */
export enum OrganisationType {
  POLICE = 'POLICE',
  PROSECUTION = 'PROSECUTION',
  JUSTICE_HOUSE = 'JUSTICE_HOUSE',
  CAW = 'CAW',
  CGG = 'CGG',
  OCMW = 'OCMW',
  OPGROEIEN = 'OPGROEIEN',
  VK = 'VK',
  SAFE_HOME = 'SAFE_HOME',
  OTHER = 'OTHER',
  /** The Flemish government's central team for the Safe Homes: it belongs to no Safe Home region. */
  CENTRAL_TEAM = 'CENTRAL_TEAM',
}

/** Organisation types that work for all of Flanders, not for one Safe Home region (their tokens carry no Safe Home). */
export const regionlessOrganisationTypes: readonly OrganisationType[] = [OrganisationType.CENTRAL_TEAM];

