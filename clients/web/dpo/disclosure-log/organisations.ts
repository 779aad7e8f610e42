import { useEffect, useState } from 'react';
import { OrganisationsDocument } from '../../../generated/graphql';
import { request } from '../../hub-client';

export interface OrganisationChoice {
  id: string;
  name: string;
}

/** The organisations of every region, to suggest in the organisation filter; none while unread or when the hub does not answer (the field takes any id). */
export function useOrganisations(token: string): OrganisationChoice[] {
  const [organisations, setOrganisations] = useState<OrganisationChoice[]>([]);
  useEffect(() => {
    let current = true;
    request(OrganisationsDocument, {}, token).then(
      ({ safeHomes }) => current && setOrganisations((safeHomes ?? []).flatMap((safeHome) => (safeHome?.organisations ?? []).flatMap((organisation) => (organisation ? [{ id: organisation.id, name: organisation.name ?? organisation.id }] : [])))),
      () => undefined,
    );
    return () => {
      current = false;
    };
  }, [token]);
  return organisations;
}
