import { type Labels, translator } from '../common/language';
import { sessionLabels } from '../common/session-labels';
import { consoleLabels } from './console-labels';

/** Every label of the DPO's page in Dutch and English; `{name}` is filled in where the page says it (`fill`). */
const labels = {
  ...sessionLabels,
  ...consoleLabels,
  title: { nl: 'Functionaris voor gegevensbescherming', en: 'Data protection officer' },
  subtitle: {
    nl: 'Wat de hub vrijgaf, aan wie en waarom; de noodtoegang om na te kijken; inzageverslagen; en wat toepassingen mogen uitvoeren.',
    en: 'What the hub disclosed, to whom and why; the emergency access to review; subject-access reports; and what applications may run.',
  },
  opening: { nl: 'Pagina openen…', en: 'Opening the page…' },
  signInPrompt: {
    nl: 'Meld u aan als functionaris voor gegevensbescherming van een Veilig Huis of van het centrale team.',
    en: 'Sign in as the data protection officer of a Safe Home or of the central team.',
  },
  expired: { nl: 'Uw sessie als functionaris voor gegevensbescherming is verlopen.', en: 'Your session as data protection officer has expired.' },

  documentsTitle: { nl: 'Vertrouwde documenten', en: 'Trusted documents' },
  documentsIntro: {
    nl: 'Een toepassing voert alleen de documenten uit die u goedkeurt. Een gewijzigd document is een nieuw document en wacht opnieuw op uw beslissing.',
    en: 'An application runs only the documents you approve. A changed document is a new document and waits for your decision again.',
  },
  statusFilter: { nl: 'Status', en: 'Status' },
  allPendingFirst: { nl: 'Alle (in afwachting eerst)', en: 'All (pending first)' },
  PENDING: { nl: 'In afwachting', en: 'Pending' },
  APPROVED: { nl: 'Goedgekeurd', en: 'Approved' },
  REJECTED: { nl: 'Afgewezen', en: 'Rejected' },
  loading: { nl: 'Documenten laden…', en: 'Loading documents…' },
  loadFailed: { nl: 'De documenten konden niet geladen worden:', en: 'The documents could not be loaded:' },
  retry: { nl: 'Opnieuw proberen', en: 'Try again' },
  summary: { nl: '{count} documenten, waarvan {pending} in afwachting.', en: '{count} documents, {pending} of them pending.' },
  summaryOne: { nl: '1 document, waarvan {pending} in afwachting.', en: '1 document, {pending} of them pending.' },
  none: { nl: 'Geen documenten met deze status die u mag zien.', en: 'No documents with this status that you may see.' },
  truncated: { nl: 'Alleen de eerste {count} documenten worden getoond.', en: 'Only the first {count} documents are shown.' },

  application: { nl: 'Toepassing', en: 'Application' },
  organisation: { nl: 'Organisatie', en: 'Organisation' },
  noOrganisation: { nl: 'geen: een pagina van de hub, voor personeel van elke organisatie', en: 'none: a page of the hub, for the staff of any organisation' },
  role: { nl: 'Rol', en: 'Role' },
  noRole: { nl: 'geen (de rol van wie zich aanmeldt)', en: 'none (the role of whoever signs in)' },
  purposes: { nl: 'Doeleinden', en: 'Purposes' },
  revoked: { nl: 'Ingetrokken op {date}: haar tokens worden geweigerd.', en: 'Revoked on {date}: its tokens are refused.' },
  documentId: { nl: 'Document-id', en: 'Document id' },
  registeredAt: { nl: 'Geregistreerd', en: 'Registered' },
  status: { nl: 'Status', en: 'Status' },
  decision: { nl: 'Beslissing', en: 'Decision' },
  decidedBy: { nl: '{by}, {date}', en: '{by}, {date}' },
  noDecision: { nl: 'nog geen', en: 'none yet' },
  text: { nl: 'Tekst van het document', en: 'Text of the document' },
  textAsRegistered: {
    nl: 'Letterlijk zoals geregistreerd (de document-id is de SHA-256 van deze tekst)',
    en: 'Exactly as registered (the document id is the SHA-256 of this text)',
  },
  fieldCount: { nl: '{count} velden', en: '{count} fields' },

  flowTitle: { nl: 'Wat het document kan vrijgeven en wijzigen', en: 'What the document can disclose and change' },
  flowIntro: {
    nl: 'Berekend uit het beleid, per doel van de toepassing, vóór enig dossier: een veld wordt per dossier alleen vrijgegeven als de voorwaarden van zijn regels gelden.',
    en: 'Computed from the policy, for each purpose of the application, before any record: a field is disclosed record by record only where its rules’ conditions hold.',
  },
  flowUnknown: {
    nl: 'Niet te berekenen: de toepassing is aan geen rol gebonden, of het document past niet meer bij het schema van de hub.',
    en: 'Cannot be computed: the application is bound to no role, or the document no longer fits the hub’s schema.',
  },
  flowFor: { nl: 'Voor {role} ({organisationType}), doel {purpose}', en: 'For {role} ({organisationType}), purpose {purpose}' },
  discloses: { nl: 'Kan vrijgeven', en: 'Can disclose' },
  disclosesNothing: { nl: 'Geeft niets vrij.', en: 'Discloses nothing.' },
  never: { nl: 'Nooit vrijgegeven (null met FORBIDDEN, niets eronder wordt gevraagd)', en: 'Never disclosed (null with FORBIDDEN, nothing below it is asked)' },
  breakGlass: {
    nl: 'Bij een verklaarde noodsituatie (break-glass, door u na te kijken) bovendien',
    en: 'In a declared emergency (break-glass, reviewed by you) besides',
  },
  writes: { nl: 'Wijzigt', en: 'Changes' },
  field: { nl: 'Veld', en: 'Field' },
  category: { nl: 'Categorie', en: 'Category' },
  declaredPerRecord: { nl: 'per record aangegeven: {categories}', en: 'declared per record: {categories}' },
  aboutWhom: { nl: 'Over wie', en: 'About whom' },
  rules: { nl: 'Regels', en: 'Rules' },
  except: { nl: 'behalve', en: 'except' },
  legalBasis: { nl: 'Rechtsgrond', en: 'Legal basis' },
  action: { nl: 'Actie', en: 'Action' },
  refusedAlways: { nl: 'altijd geweigerd (FORBIDDEN)', en: 'always refused (FORBIDDEN)' },

  decide: { nl: 'Beslissen', en: 'Decide' },
  withdraw: { nl: 'Goedkeuring intrekken', en: 'Withdraw the approval' },
  final: { nl: 'Een afwijzing is definitief.', en: 'A rejection is final.' },
  note: { nl: 'Notitie: waarom u zo beslist', en: 'Note: why you decide so' },
  noteCount: { nl: '{count} / {max} tekens (minstens {min})', en: '{count} / {max} characters (at least {min})' },
  noteInvalid: {
    nl: 'De notitie moet zeggen waarom, in {min} tot {max} tekens (nu {count}).',
    en: 'The note must say why, in {min} to {max} characters (now {count}).',
  },
  approve: { nl: 'Goedkeuren', en: 'Approve' },
  reject: { nl: 'Afwijzen', en: 'Reject' },
  sending: { nl: 'Beslissing bewaren…', en: 'Saving the decision…' },
  decidedApproved: { nl: 'Goedgekeurd. De toepassing mag dit document nu uitvoeren.', en: 'Approved. The application may run this document now.' },
  decidedRejected: { nl: 'Afgewezen. De toepassing mag dit document niet uitvoeren.', en: 'Rejected. The application may not run this document.' },

  refusedIllegalTransition: {
    nl: 'Deze beslissing kan niet meer: het document is intussen {status}. De lijst is bijgewerkt.',
    en: 'This decision can no longer be taken: the document is now {status}. The list has been refreshed.',
  },
  refusedNote: { nl: 'De hub weigert de notitie: ze moet in {min} tot {max} tekens zeggen waarom.', en: 'The hub refuses the note: it must say why in {min} to {max} characters.' },
  refusedDocument: {
    nl: 'De hub kent dit document niet voor u: het hoort niet (meer) bij een toepassing van uw regio.',
    en: 'The hub knows no such document for you: it is not (or no longer) one of an application of your region.',
  },
  refusedInput: { nl: 'De hub weigert de invoer ({field}).', en: 'The hub refuses the input ({field}).' },
  refusedForbidden: {
    nl: 'U mag over dit document niet beslissen: uw rol en doel laten het niet toe.',
    en: 'You may not decide on this document: your role and purpose do not allow it.',
  },
  refusedOther: { nl: 'De beslissing kon niet bewaard worden:', en: 'The decision could not be saved:' },
} satisfies Labels<string>;

export type Label = keyof typeof labels;

export const translate = translator<Label>(labels);

/** The page's labels in its current language. */
export type T = ReturnType<typeof translate>;

/** A label with its `{name}`s filled in. */
export const fill = (text: string, values: Record<string, string | number>) => text.replace(/\{(\w+)\}/g, (whole, name: string) => (name in values ? String(values[name]) : whole));
