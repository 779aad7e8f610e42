import { DecideTrustedDocumentDocument, type DocumentVerdict } from '../../../generated/graphql';
import type { Language } from '../../common/language';
import { type HubError, request } from '../../hub-client';
import type { T } from '../i18n';
import { type Verdict, VerdictForm } from '../VerdictForm';
import type { Decided, TrustedDocument } from './documents';

interface Props {
  t: T;
  language: Language;
  document: TrustedDocument;
  token: string;
  onDecided: (decided: Decided) => void;
  onRefused: (error: HubError) => void;
  onExpired: () => void;
}

/** Approve or reject a pending document, or withdraw an approval, with a note that says why. */
export function DecisionForm({ t, language, document, token, onDecided, onRefused, onExpired }: Props) {
  const approved = document.status === 'APPROVED';
  const verdicts: Verdict<DocumentVerdict>[] = [
    ...(document.status === 'PENDING' ? [{ value: 'APPROVE' as const, label: t('approve'), testId: 'approve' }] : []),
    { value: 'REJECT', label: approved ? t('withdraw') : t('reject'), testId: 'reject' },
  ];
  return (
    <VerdictForm<DocumentVerdict>
      t={t} language={language} title={approved ? t('withdraw') : t('decide')} noteLabel={t('note')} sendingLabel={t('sending')} testId="decision-form"
      verdicts={verdicts}
      send={async (verdict, note) => {
        const { decideTrustedDocument } = await request(DecideTrustedDocumentDocument, { input: { applicationId: document.application!.id, documentId: document.documentId, verdict, note } }, token);
        onDecided(decideTrustedDocument!);
      }}
      onRefused={onRefused} onExpired={onExpired}
    />
  );
}
