import type { Action } from './actions';
import { DataCategory } from './categories';
import type { LegalBasisId } from './legal-bases';
import { OrganisationType } from './organisation-types';
import { Purpose } from './purposes';
import { Role } from './roles';
import type { ConditionName } from './rules';

/**
 * The policy's names in plain words, in Dutch and English: what docs/POLICY.md and the DPO's policy
 * browser call each role, purpose, organisation type, category, condition, rule and legal basis.
 */
export type PolicyLanguage = 'nl' | 'en';
export type Bilingual = Record<PolicyLanguage, string>;
export const policyLanguages: readonly PolicyLanguage[] = ['nl', 'en'];

export const roleLabels: Record<Role, Bilingual> = {
  SAFE_HOME_COORDINATOR: { nl: 'Coördinator van het Veilig Huis', en: 'Safe Home coordinator' },
  CASE_MANAGER: { nl: 'Casemanager', en: 'Case manager' },
  PSYCHOLOGIST: { nl: 'Psycholoog', en: 'Psychologist' },
  CHILD_PSYCHOLOGIST: { nl: 'Kinderpsycholoog', en: 'Child psychologist' },
  LIAISON_OFFICER: { nl: 'Verbindingspersoon', en: 'Liaison officer' },
  POLICE_LIAISON: { nl: 'Verbindingsofficier van de politie', en: 'Police liaison' },
  PROSECUTOR: { nl: 'Parketmagistraat', en: 'Prosecutor' },
  JUSTICE_ASSISTANT: { nl: 'Justitieassistent', en: 'Justice assistant' },
  SOCIAL_WORKER: { nl: 'Maatschappelijk werker', en: 'Social worker' },
  CLINICIAN: { nl: 'Hulpverlener in de geestelijke gezondheidszorg', en: 'Mental health clinician' },
  CHILD_WELFARE_WORKER: { nl: 'Medewerker jeugdhulp', en: 'Child welfare worker' },
  STATISTICIAN: { nl: 'Statisticus', en: 'Statistician' },
  DPO: { nl: 'Functionaris voor gegevensbescherming van een Veilig Huis', en: "A Safe Home's data protection officer" },
  CENTRAL_DPO: { nl: 'Functionaris voor gegevensbescherming van het centrale team', en: "The central team's data protection officer" },
};

export const purposeLabels: Record<Purpose, Bilingual> = {
  CASE_MANAGEMENT: { nl: 'Casemanagement', en: 'Case management' },
  CASE_CONSULTATION: { nl: 'Casusoverleg', en: 'Case consultation' },
  RISK_ASSESSMENT: { nl: 'Risicotaxatie', en: 'Risk assessment' },
  REFERRAL: { nl: 'Aanmelding', en: 'Referral' },
  STATISTICS: { nl: 'Statistiek', en: 'Statistics' },
  AUDIT: { nl: 'Toezicht (audit)', en: 'Audit' },
};

export const organisationTypeLabels: Record<OrganisationType, Bilingual> = {
  POLICE: { nl: 'politie', en: 'police' },
  PROSECUTION: { nl: 'parket', en: 'prosecution' },
  JUSTICE_HOUSE: { nl: 'justitiehuis', en: 'justice house' },
  CAW: { nl: 'CAW', en: 'CAW (general welfare centre)' },
  CGG: { nl: 'CGG', en: 'CGG (mental health centre)' },
  OCMW: { nl: 'OCMW', en: 'OCMW (public social welfare centre)' },
  OPGROEIEN: { nl: 'Opgroeien', en: 'Opgroeien (child and family agency)' },
  VK: { nl: 'Vertrouwenscentrum Kindermishandeling', en: 'VK (child abuse confidential centre)' },
  SAFE_HOME: { nl: 'Veilig Huis', en: 'Safe Home' },
  OTHER: { nl: 'andere partner', en: 'other partner' },
  CENTRAL_TEAM: { nl: 'centraal team', en: 'central team' },
};

export const categoryLabels: Record<DataCategory, { name: Bilingual; meaning: Bilingual }> = {
  KEY: { name: { nl: 'Sleutels', en: 'Keys' }, meaning: { nl: 'identificatoren van records', en: 'record identifiers' } },
  REFERENCE: {
    name: { nl: 'Referentiegegevens', en: 'Reference data' },
    meaning: { nl: 'niet-persoonlijke referentiegegevens (Veilige Huizen, organisaties, instrumenten)', en: 'non-personal reference data (Safe Homes, organisations, instruments)' },
  },
  CASE_ADMIN: {
    name: { nl: 'Administratie van het dossier', en: 'Dossier administration' },
    meaning: { nl: 'administratieve feiten van een dossier (code, traject, status, data)', en: 'administrative facts of a dossier (code, track, status, dates)' },
  },
  IDENTITY: { name: { nl: 'Identiteit', en: 'Identity' }, meaning: { nl: 'namen, geboortedatum en rol van een persoon in het cliëntsysteem', en: 'names, birth date and role of a person in the client system' } },
  NATIONAL_NUMBER: { name: { nl: 'Rijksregisternummer', en: 'National number' }, meaning: { nl: 'rijksregisternummer', en: 'national register number' } },
  CONTACT: { name: { nl: 'Contactgegevens', en: 'Contact details' }, meaning: { nl: 'telefoon en e-mail', en: 'phone and e-mail' } },
  LOCATION: { name: { nl: 'Verblijfplaats', en: 'Location' }, meaning: { nl: 'adres, ook een beschermd (veilig) adres', en: 'address, including a protected safe address' } },
  HEALTH: { name: { nl: 'Gezondheid', en: 'Health' }, meaning: { nl: 'gezondheidsgegevens (AVG art. 9)', en: 'health information (GDPR art. 9)' } },
  JUDICIAL: { name: { nl: 'Gerechtelijke gegevens', en: 'Judicial information' }, meaning: { nl: 'gerechtelijke en politiegegevens (AVG art. 10)', en: 'judicial and police information (GDPR art. 10)' } },
  CASE_NARRATIVE: {
    name: { nl: 'Casusinhoud', en: 'Case content' },
    meaning: { nl: 'situatieschets, motivering van de weging, beslissingen, notities, gedeelde informatie', en: 'situation description, weighing rationale, decisions, notes, shared information' },
  },
  RISK: { name: { nl: 'Risico', en: 'Risk' }, meaning: { nl: 'risicotaxaties en risiconiveaus', en: 'risk assessments and levels' } },
  PLAN: { name: { nl: 'Actieplan', en: 'Action plan' }, meaning: { nl: 'het actieplan en de uitvoering ervan', en: 'action plan and its execution' } },
  CONSULTATION: { name: { nl: 'Casusoverleggen', en: 'Case consultations' }, meaning: { nl: 'casusoverleggen en hun deelnemers', en: 'case consultations and their participants' } },
  REFERRAL_TRIAGE: {
    name: { nl: 'Triage van aanmeldingen', en: 'Referral triage' },
    meaning: {
      nl: 'de andere open dossiers van de regio die mogelijk dezelfde personen bevatten (de triage van aanmeldingen door het team)',
      en: "the region's other open dossiers that possibly hold a dossier's persons (the team's triage of referrals)",
    },
  },
  ANONYMOUS_CONSULT: { name: { nl: 'Anonieme consulten', en: 'Anonymous consults' }, meaning: { nl: 'anonieme consulten van traject 1 (geen persoonsgegevens)', en: 'anonymous track-1 consults (no personal data)' } },
  AGGREGATE: { name: { nl: 'Statistieken', en: 'Statistics' }, meaning: { nl: 'geaggregeerde statistieken', en: 'aggregate statistics' } },
  AUDIT: { name: { nl: 'Logboek van verstrekkingen', en: 'Disclosure log' }, meaning: { nl: 'het auditlogboek van verstrekkingen', en: 'the disclosure audit log' } },
  DATA_FLOW: {
    name: { nl: 'Gegevensstromen', en: 'Data flows' },
    meaning: {
      nl: 'de geregistreerde toepassingen, de documenten (operaties) die elk mag uitvoeren en de beslissingen van de DPO erover',
      en: "the registered applications, the documents (operations) each may run and the DPO's decisions on them",
    },
  },
};

export const conditionLabels: Record<ConditionName, Bilingual> = {
  sameSafeHome: { nl: 'het dossier hoort bij de regio van het eigen Veilig Huis', en: "the dossier belongs to the actor's Safe Home region" },
  consultationParticipant: { nl: 'de eigen organisatie neemt deel aan het casusoverleg van het dossier', en: "the actor's organisation takes part in the dossier's case consultation" },
  dossierOpen: { nl: 'het dossier is niet afgesloten', en: 'the dossier is not closed' },
  personIsAllegedPerpetrator: { nl: 'de persoon is de vermoedelijke pleger in het dossier', en: 'the person is the alleged perpetrator in the dossier' },
  personIsVictimOrChild: { nl: 'de persoon is slachtoffer of kind in een dossier', en: 'the person is a victim or a child in a dossier' },
  actionOwner: { nl: 'de eigen organisatie is eigenaar van de actie', en: "the actor's organisation owns the action" },
  addressProtected: { nl: 'het adres van de persoon is een beschermd (veilig) adres', en: "the person's address is a protected (safe) address" },
  auditLineOfOwnRegion: {
    nl: 'de logregel hoort bij de regio van het eigen Veilig Huis (zie de regel dpo-audit-own-region)',
    en: "the log line belongs to the actor's Safe Home region (see rule dpo-audit-own-region)",
  },
  applicationOfOwnRegion: {
    nl: 'de toepassing van het document hoort bij een organisatie van de eigen regio',
    en: "the application whose document it is belongs to an organisation of the actor's Safe Home region",
  },
};

/** The conditions in English, as the hub's refusals and the flow sheets say them. */
export const conditionDescriptions = Object.fromEntries(Object.entries(conditionLabels).map(([name, label]) => [name, label.en])) as Record<ConditionName, string>;

export const actionLabels: Record<Action, Bilingual> = {
  read: { nl: 'lezen', en: 'read' },
  create: { nl: 'aanmaken', en: 'create' },
  update: { nl: 'wijzigen', en: 'update' },
};

/** Each rule's name; what it means at length is its description (rules.ts, English). */
export const ruleTitles: Record<string, Bilingual> = {
  'reference-data': { nl: 'Referentiegegevens voor iedereen', en: 'Reference data for everyone' },
  'safe-home-team-own-region': { nl: 'Het team van het Veilig Huis leest de dossiers van de eigen regio', en: "The Safe Home's team reads its own region's dossiers" },
  'safe-home-clinicians-health': { nl: 'Psychologen van het Veilig Huis en gezondheidsgegevens', en: "The Safe Home's psychologists and health information" },
  'safe-home-judicial-need-to-know': { nl: 'Coördinator en casemanagers lezen gerechtelijke gegevens', en: 'Coordinator and case managers read judicial information' },
  'safe-home-anonymous-consults': { nl: 'Het team leest de anonieme consulten van de regio', en: "The team reads its region's anonymous consults" },
  'core-partner-own-region': { nl: 'Kernpartners kennen de open dossiers van hun regio', en: "Core partners know their region's open dossiers" },
  'consultation-participants-case-content': { nl: 'Deelnemers aan het casusoverleg lezen de casusinhoud', en: 'Case consultation participants read the case content' },
  'participants-judicial-need-to-know': { nl: 'Politie en parket delen gerechtelijke gegevens in het casusoverleg', en: 'Police and prosecution share judicial information in the case consultation' },
  'participating-cgg-health': { nl: 'Het CGG deelt gezondheidsgegevens in het casusoverleg', en: 'The CGG shares health information in the case consultation' },
  'safe-home-case-management': { nl: 'Coördinator en casemanagers doen het dossierwerk', en: 'Coordinator and case managers do the case work' },
  'safe-home-team-records': { nl: 'Het team legt risicotaxaties, casusinformatie en consulten vast', en: 'The team records risk assessments, case information and consults' },
  'safe-home-triages-referrals': { nl: 'Coördinator en casemanagers trieren aanmeldingen', en: 'Coordinator and case managers triage referrals' },
  'partners-refer-families': { nl: 'Partners melden gezinnen aan bij het Veilig Huis', en: 'Partners refer families to the Safe Home' },
  'consultation-participants-contribute': { nl: 'Deelnemers aan het casusoverleg dragen bij', en: 'Case consultation participants contribute' },
  'action-owners-report-progress': { nl: 'Eigenaars van een actie melden de voortgang', en: 'Action owners report progress' },
  'justice-house-perpetrator-identity': { nl: 'Het justitiehuis leest de identiteit van de vermoedelijke pleger', en: "The justice house reads the alleged perpetrator's identity" },
  'victim-location-never-to-justice-house': { nl: 'Nooit adres of contact van slachtoffer of kind aan het justitiehuis', en: "Never a victim's or child's address or contact to a justice house" },
  'protected-address-stays-with-safe-home-team': { nl: 'Een beschermd adres blijft bij het team van het Veilig Huis', en: "A protected address stays with the Safe Home's team" },
  'break-glass-own-region': { nl: 'Noodtoegang in de eigen regio', en: 'Emergency access in the own region' },
  'statistics-aggregates': { nl: 'Statistiek alleen geaggregeerd', en: 'Statistics as aggregates only' },
  'dpo-audit-own-region': { nl: 'De DPO leest het logboek van de eigen regio', en: "The DPO reads its own region's disclosure log" },
  'dpo-reviews-own-region-break-glass': { nl: 'De DPO beoordeelt noodtoegang in de eigen regio', en: "The DPO reviews its own region's break-glass requests" },
  'central-dpo-audit-all-regions': { nl: 'De centrale DPO leest het hele logboek', en: 'The central DPO reads the whole disclosure log' },
  'central-dpo-reviews-break-glass': { nl: 'De centrale DPO beoordeelt noodtoegang in alle regio’s', en: 'The central DPO reviews break-glass requests of every region' },
  'dpo-decides-own-region-data-flows': { nl: 'De DPO beslist over de gegevensstromen van de eigen regio', en: "The DPO decides on its own region's data flows" },
  'central-dpo-decides-data-flows': { nl: 'De centrale DPO beslist over alle gegevensstromen', en: 'The central DPO decides on every data flow' },
};

/** What each rule means at length, in Dutch (the English is the rule's description in rules.ts). */
export const ruleDescriptionsNl: Record<string, string> = {
  'reference-data': 'Iedereen die aangemeld is, leest niet-persoonlijke referentiegegevens.',
  'safe-home-team-own-region': 'De casewerkers van het Veilig Huis lezen het hele dossier van de dossiers van hun eigen regio, open of afgesloten, behalve gezondheids- en gerechtelijke gegevens.',
  'safe-home-clinicians-health': 'De psychologen van het Veilig Huis leggen gezondheidsgegevens van de dossiers van hun eigen regio vast en lezen ze.',
  'safe-home-judicial-need-to-know': 'De coördinator en de casemanagers van het Veilig Huis lezen de gerechtelijke gegevens die in de dossiers van hun eigen regio gedeeld zijn.',
  'safe-home-anonymous-consults': 'Het team van het Veilig Huis leest de anonieme consulten van zijn regio (geen persoonsgegevens).',
  'core-partner-own-region': 'Kernpartners weten welke open dossiers van hun eigen regio er zijn en kennen hun administratieve feiten, geen casusinhoud. Na de afsluiting leest alleen het team van het Veilig Huis een dossier.',
  'consultation-participants-case-content': 'Organisaties die deelnemen aan het casusoverleg van een open dossier lezen de casusinhoud ervan, voor de doeleinden van dat overleg.',
  'participants-judicial-need-to-know': 'Politie en parket die deelnemen aan een open casusoverleg delen er gerechtelijke gegevens in en lezen wat daar gedeeld is.',
  'participating-cgg-health': 'Het CGG dat deelneemt aan een open casusoverleg deelt er gezondheidsgegevens in en leest wat daar gedeeld is.',
  'safe-home-case-management': 'De coördinator en de casemanagers van het Veilig Huis doen het dossierwerk van de dossiers van hun eigen regio: aanmeldingen registreren en aan het open dossier van het gezin koppelen, de intake starten, wegen en een traject toewijzen, casusoverleggen plannen en vastleggen, het actieplan opstellen en opvolgen, casusinformatie toevoegen en dossiers afsluiten.',
  'safe-home-team-records': 'De casewerkers van het Veilig Huis leggen risicotaxaties en casusinformatie vast in de dossiers van hun eigen regio, en de anonieme consulten die ze geven.',
  'safe-home-triages-referrals': 'De coördinator en de casemanagers van het Veilig Huis zien welke andere open dossiers van hun regio mogelijk dezelfde personen bevatten, om een aanmelding te trieren en aan het open dossier van het gezin te koppelen; geen partner leert dit uit een aanmelding.',
  'partners-refer-families': 'Een partner meldt een gezin aan bij het Veilig Huis van zijn eigen regio, met de betrokken personen en de situatie: altijd een nieuw dossier, nooit geschreven in een dossier dat het gezin misschien al heeft, en de partner hoort daar niets over; het team van het Veilig Huis trieert en koppelt het.',
  'consultation-participants-contribute': 'Organisaties die deelnemen aan het casusoverleg van een open dossier leggen er risicotaxaties in vast en delen casusinformatie (geen gezondheids- of gerechtelijke gegevens: daarvoor gelden eigen regels).',
  'action-owners-report-progress': 'Een partner die eigenaar is van een actie van het actieplan meldt de voortgang ervan, zolang hij deelneemt aan het open casusoverleg.',
  'justice-house-perpetrator-identity': 'Een justitiehuis, wiens opdracht de vermoedelijke pleger betreft, leest de identiteit van die persoon in de open dossiers van zijn eigen regio.',
  'victim-location-never-to-justice-house': 'Het adres en de contactgegevens van een slachtoffer (en van de kinderen) worden nooit aan een justitiehuis, een dienst gericht op de pleger, verstrekt: via geen enkel dossier, welke rol de persoon er ook heeft, zodra de persoon in één dossier slachtoffer of kind is.',
  'protected-address-stays-with-safe-home-team': 'Een beschermd adres (het veilige adres van een slachtoffer) verlaat nooit het eigen team van het Veilig Huis: geen partner leest het, niet in een casusoverleg en niet met noodtoegang, welke rol de persoon in welk dossier ook heeft.',
  'break-glass-own-region': 'In een noodsituatie, verklaard met een schriftelijke motivering, lezen de coördinator en de casemanagers van het Veilig Huis en de verbindingsofficier van de politie het hele dossier van de dossiers van hun eigen regio, open of afgesloten, gezondheids- en gerechtelijke gegevens inbegrepen. Elke zulke verstrekking wordt gemarkeerd en door de DPO beoordeeld.',
  'statistics-aggregates': 'Statistieken zijn alleen aggregaten, voor het centrale team en de coördinatoren; niets op het niveau van een persoon.',
  'dpo-audit-own-region': 'De functionaris voor gegevensbescherming van een Veilig Huis leest de regels van het logboek van verstrekkingen die bij de eigen regio horen (de verstrekkingen, de verzoeken om noodtoegang en de inzageverslagen die ervan gemaakt zijn), nooit casusinhoud. Een regel hoort bij de regio van het record waarover hij gaat: de regio van het Veilig Huis van een dossier of een anoniem consult, of voor een beslissing over een partnertoepassing of een van haar vertrouwde documenten, de regio van de organisatie van de toepassing. Een persoon kan in dossiers van meerdere regio’s staan: een regel over die persoon hoort bij de regio van de organisatie die hem las of schreef als hij daar een dossier heeft (elke regio ziet wat zij verstrekte, niet wat een andere deed), anders bij elke regio waar hij een dossier heeft (een verstrekking over de regio’s heen wordt nooit verborgen voor de regio’s wier gegevens vertrokken). Een regel over geen enkel record (een antwoord zonder persoonsgegevens, een geweigerde poging tot noodtoegang) hoort bij de regio van de organisatie die het vroeg. Zo ziet de DPO van een regio elke verstrekking van de gegevens van zijn regio en elk verzoek om noodtoegang op zijn records, en niets van een andere regio.',
  'dpo-reviews-own-region-break-glass': 'De functionaris voor gegevensbescherming van een Veilig Huis legt de beoordeling vast van elk verzoek om noodtoegang waarvan de regels bij de eigen regio horen; het verzoek van een andere regio is voor hem als een dat niet bestaat.',
  'central-dpo-audit-all-regions': 'De functionaris voor gegevensbescherming van het Vlaamse centrale team, aangewezen voor de Veilige Huizen van alle regio’s, leest het hele logboek van verstrekkingen, nooit casusinhoud.',
  'central-dpo-reviews-break-glass': 'De functionaris voor gegevensbescherming van het Vlaamse centrale team legt de beoordeling vast van een verzoek om noodtoegang van elke regio.',
  'dpo-decides-own-region-data-flows': 'De functionaris voor gegevensbescherming van een Veilig Huis leest de documenten (operaties) die de partnertoepassingen van de organisaties van de eigen regio registreerden, en keurt elk goed of af, met een notitie, voor het mag worden uitgevoerd: een gegevensstroom wordt toegestaan voor hij stroomt. De toepassing van een andere regio is voor hem als een die niet bestaat.',
  'central-dpo-decides-data-flows': 'De functionaris voor gegevensbescherming van het Vlaamse centrale team leest en beslist over de geregistreerde documenten van elke toepassing: van de partners van elke regio, van het centrale team en van de eigen pagina’s van de hub.',
};

/** A citation in Dutch where legal-bases.ts's has English words in it. */
export const legalBasisCitationsNl: Partial<Record<LegalBasisId, string>> = {
  'vh-decree-case-consultation': 'Decreet van 29 maart 2024 betreffende de Veilige Huizen, bepalingen over het casusoverleg',
  'vh-decree-personal-data': 'Decreet van 29 maart 2024 betreffende de Veilige Huizen, bepalingen over de verwerking van persoonsgegevens',
  'gdpr-6-1-e': 'AVG art. 6, lid 1, e)',
  'gdpr-9-2-g': 'AVG art. 9, lid 2, g)',
  'gdpr-10': 'AVG art. 10',
  'gdpr-15': 'AVG art. 15',
  'gdpr-30': 'AVG art. 30',
  'gdpr-37-3': 'AVG art. 37, lid 3',
  'gdpr-39': 'AVG art. 39',
  'gdpr-25': 'AVG art. 25',
  'gdpr-89': 'AVG art. 89',
};

/** What each legal basis says, in Dutch (the English is legal-bases.ts's text). */
export const legalBasisTextsNl: Record<LegalBasisId, string> = {
  'sw-458ter': 'Beroepsgeheimen mogen gedeeld worden in een casusoverleg dat bij of krachtens een wet of decreet is georganiseerd, alleen om de fysieke of psychische integriteit van een persoon te beschermen; de deelnemers zijn tot geheimhouding verplicht.',
  'vh-decree-art2-4': 'Casusoverleg: een multilaterale uitwisseling van informatie per casus tussen het Veilig Huis en zijn partners, onder art. 458ter Sw.',
  'vh-decree-art2-5': 'Cliëntsysteem: de personen van een gezin wier situatie het Veilig Huis opvolgt.',
  'vh-decree-art2-8': 'Kernpartners: de organisaties die samenwerken met het Veilig Huis van hun regio.',
  'vh-decree-case-consultation': 'Het Veilig Huis organiseert het casusoverleg; informatie wordt alleen met de deelnemers gedeeld, voor de doeleinden van dat overleg.',
  'vh-decree-personal-data': 'Het Veilig Huis verwerkt de persoonsgegevens van het cliëntsysteem die nodig zijn voor zijn taken: intake, weging, casemanagement en opvolging.',
  'gdpr-6-1-e': 'Verwerking die nodig is voor een taak van algemeen belang of in het kader van de uitoefening van het openbaar gezag.',
  'gdpr-9-2-g': 'Bijzondere categorieën van gegevens (gezondheid) verwerkt om redenen van zwaarwegend algemeen belang, op grond van een wet, met passende waarborgen.',
  'gdpr-10': 'Gegevens over strafrechtelijke veroordelingen en strafbare feiten alleen onder toezicht van de overheid of wanneer een wet het toestaat.',
  'gdpr-15': 'Het recht van inzage van de betrokkene.',
  'gdpr-30': 'Register van de verwerkingsactiviteiten.',
  'gdpr-37-3': 'Voor overheidsinstanties of -organen kan één functionaris voor gegevensbescherming voor meerdere ervan worden aangewezen, rekening houdend met hun organisatiestructuur en omvang.',
  'gdpr-39': 'De functionaris voor gegevensbescherming ziet toe op de naleving van de verordening en van het beleid van de verwerkingsverantwoordelijke, inclusief de toewijzing van verantwoordelijkheden en audits.',
  'gdpr-25': 'Gegevensbescherming door ontwerp en door standaardinstellingen: alleen de persoonsgegevens die voor elk specifiek doel nodig zijn, worden verwerkt.',
  'egov-decree-art8': 'Een elektronische mededeling van persoonsgegevens tussen overheden wordt vooraf vastgelegd in een protocol, op advies van hun functionarissen voor gegevensbescherming.',
  'gdpr-89': 'Verwerking voor statistische doeleinden, met waarborgen zoals aggregatie en het onderdrukken van kleine aantallen.',
};
