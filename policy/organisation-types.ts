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
}
