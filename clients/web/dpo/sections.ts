import { useEffect, useState } from 'react';
import type { Label } from './i18n';

/** The console's sections, in the navigation's order, each at its own address (#id). */
export const sections = [
  { id: 'log', label: 'navLog' },
  { id: 'chain', label: 'navChain' },
  { id: 'break-glass', label: 'navBreakGlass' },
  { id: 'report', label: 'navReport' },
  { id: 'documents', label: 'navDocuments' },
  { id: 'policy', label: 'navPolicy' },
] as const satisfies readonly { id: string; label: Label }[];

export type SectionId = (typeof sections)[number]['id'];

const fromHash = (): SectionId => sections.find((section) => `#${section.id}` === location.hash)?.id ?? sections[0].id;

/** The section the address names (the first when it names none), following the browser's back and forward. */
export function useSection(): [SectionId, (id: SectionId) => void] {
  const [section, setSection] = useState<SectionId>(fromHash);
  useEffect(() => {
    const follow = () => setSection(fromHash());
    addEventListener('hashchange', follow);
    return () => removeEventListener('hashchange', follow);
  }, []);
  return [section, (id) => void (location.hash = id)];
}
