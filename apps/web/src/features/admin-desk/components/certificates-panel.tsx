import type { UserView } from '@lms/contracts';
import { useDeferredValue, useState } from 'react';
import { Button, TextField } from '../../../components/ui';
import { useT } from '../../../lib/i18n';
import { QueryView } from '../../../staff/components/query-view';
import { MIN_SEARCH_LENGTH, usePeopleSearch } from '../api/certificates';
import { HolderCertificates } from './holder-certificates';

/** Certificates: find the person, then revoke one of their certificates with a reason. */
export function CertificatesPanel() {
  const t = useT();
  const [q, setQ] = useState('');
  const [chosen, setChosen] = useState<UserView>();
  const term = useDeferredValue(q);
  const people = usePeopleSearch(term);
  const searching = term.trim().length >= MIN_SEARCH_LENGTH;

  return (
    <div className="stack">
      <form role="search" className="staff-form" onSubmit={(e) => e.preventDefault()} data-testid="people-search">
        <TextField label={t('staff.admin.certs.search')} hint={t('staff.admin.certs.searchHint')} type="search" value={q} onChange={(e) => setQ(e.target.value)} autoComplete="off" />
      </form>
      {searching && (
        <QueryView query={people} empty={(data) => data.items.length === 0} emptyText={t('staff.admin.certs.noPeople')}>
          {(data) => (
            <ul className="admin-people" aria-label={t('staff.admin.certs.people')}>
              {data.items.map((person) => (
                <li key={person.id}>
                  <Button variant={chosen?.id === person.id ? 'primary' : 'secondary'} aria-pressed={chosen?.id === person.id} onClick={() => setChosen(person)}>
                    {person.displayName}
                  </Button>
                  <span className="muted">{[person.email, person.employeeId].filter(Boolean).join(' · ')}</span>
                </li>
              ))}
            </ul>
          )}
        </QueryView>
      )}
      {chosen && <HolderCertificates key={chosen.id} person={chosen} />}
    </div>
  );
}
