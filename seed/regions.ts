import { OrganisationType, regionlessOrganisationTypes } from '../policy';

/**
 * The ten Safe Home regions of Flanders, as used by the synthetic seed. `weight` spreads the
 * yearly totals over the regions (roughly by population).
 */
export const regions = [
  { id: 'antwerpen', name: 'Veilig Huis Antwerpen', codePrefix: 'ANTW', province: 'Antwerpen', weight: 14, postalCode: '2000', municipality: 'Antwerpen' },
  { id: 'kempen', name: 'Veilig Huis Kempen', codePrefix: 'KEMP', province: 'Antwerpen', weight: 9, postalCode: '2300', municipality: 'Turnhout' },
  { id: 'rivierenland', name: 'Veilig Huis Rivierenland', codePrefix: 'RIVI', province: 'Antwerpen', weight: 7, postalCode: '2800', municipality: 'Mechelen' },
  { id: 'limburg', name: 'Veilig Huis Limburg', codePrefix: 'LIMB', province: 'Limburg', weight: 13, postalCode: '3500', municipality: 'Hasselt' },
  { id: 'leuven', name: 'Veilig Huis Leuven', codePrefix: 'LEUV', province: 'Vlaams-Brabant', weight: 8, postalCode: '3000', municipality: 'Leuven' },
  { id: 'halle-vilvoorde', name: 'Veilig Huis Halle-Vilvoorde', codePrefix: 'HAVI', province: 'Vlaams-Brabant', weight: 9, postalCode: '1800', municipality: 'Vilvoorde' },
  { id: 'brussel', name: 'Veilig Huis Brussel', codePrefix: 'BRUS', province: 'Brussel', weight: 5, postalCode: '1000', municipality: 'Brussel' },
  { id: 'gent', name: 'Veilig Huis Gent', codePrefix: 'GENT', province: 'Oost-Vlaanderen', weight: 11, postalCode: '9000', municipality: 'Gent' },
  { id: 'waas-dender', name: 'Veilig Huis Waas en Dender', codePrefix: 'WADE', province: 'Oost-Vlaanderen', weight: 9, postalCode: '9100', municipality: 'Sint-Niklaas' },
  { id: 'west-vlaanderen', name: 'Veilig Huis West-Vlaanderen', codePrefix: 'WVLA', province: 'West-Vlaanderen', weight: 15, postalCode: '8000', municipality: 'Brugge' },
] as const;

export type Region = (typeof regions)[number];

/** Every region has one organisation of each partner type, with the stable id `<region>-<type>`. */
export const seededOrganisationTypes = Object.values(OrganisationType).filter(
  (type) => type !== OrganisationType.OTHER && !regionlessOrganisationTypes.includes(type),
);

const typeNames: Record<OrganisationType, string> = {
  POLICE: 'Politiezone',
  PROSECUTION: 'Parket',
  JUSTICE_HOUSE: 'Justitiehuis',
  CAW: 'CAW',
  CGG: 'CGG',
  OCMW: 'OCMW',
  OPGROEIEN: 'Opgroeien',
  VK: 'Vertrouwenscentrum Kindermishandeling',
  SAFE_HOME: 'Veilig Huis',
  OTHER: 'Partner',
  CENTRAL_TEAM: 'Vlaamse overheid',
};

export const organisationId = (regionId: string, type: OrganisationType) => `${regionId}-${type.toLowerCase().replace(/_/g, '-')}`;

/** The Flemish government's central team for the Safe Homes, of no region: `vlaanderen-central-team`. */
export const centralTeam = {
  id: organisationId('vlaanderen', OrganisationType.CENTRAL_TEAM),
  name: `${typeNames.CENTRAL_TEAM}, centraal team Veilige Huizen`,
  type: OrganisationType.CENTRAL_TEAM,
  safeHomeId: null,
};

/** The seeded organisations: each region's partners, and the central team. */
export function organisationRows(): { id: string; name: string; type: OrganisationType; safeHomeId: string | null }[] {
  const regional = regions.flatMap((region) =>
    seededOrganisationTypes.map((type) => ({
      id: organisationId(region.id, type),
      name: `${typeNames[type]} ${region.province === region.municipality ? region.province : region.name.replace('Veilig Huis ', '')}`,
      type,
      safeHomeId: region.id,
    })),
  );
  return [...regional, centralTeam];
}
