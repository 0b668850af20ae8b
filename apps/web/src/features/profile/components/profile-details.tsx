import type { UserView } from '@lms/contracts';
import { Card } from '../../../components/ui';
import { hasMessage, useLocale, useT } from '../../../lib/i18n';
import { findOrgUnit, useOrgUnits } from '../api/get-org-units';

/** Who the user is: name, email, employee id, roles and org unit (read only). */
export function ProfileDetails({ me }: { me: UserView }) {
  const t = useT();
  const { locale } = useLocale();
  const orgUnits = useOrgUnits();
  const unit = findOrgUnit(orgUnits.data, me.orgUnitId);
  const unitName = unit ? unit.name[locale] || unit.name.lo || unit.name.en : orgUnits.isPending ? t('common.loading') : t('profile.orgUnitUnknown');
  const roleKey = (role: string) => `roles.${role}`;

  return (
    <Card title={t('profile.account')}>
      <dl className="details">
        <div className="details__row">
          <dt>{t('profile.displayName')}</dt>
          <dd>{me.displayName}</dd>
        </div>
        <div className="details__row">
          <dt>{t('profile.email')}</dt>
          <dd className="break-anywhere">{me.email}</dd>
        </div>
        {me.employeeId && (
          <div className="details__row">
            <dt>{t('profile.employeeId')}</dt>
            <dd>{me.employeeId}</dd>
          </div>
        )}
        {me.position && (
          <div className="details__row">
            <dt>{t('profile.position')}</dt>
            <dd>{me.position}</dd>
          </div>
        )}
        <div className="details__row">
          <dt>{t('profile.roles')}</dt>
          <dd>
            <ul className="chips">
              {me.roles.map((role) => {
                const key = roleKey(role);
                return (
                  <li className="chip" key={role}>
                    {hasMessage(key) ? t(key) : role}
                  </li>
                );
              })}
            </ul>
          </dd>
        </div>
        <div className="details__row">
          <dt>{t('profile.orgUnit')}</dt>
          <dd>{unitName}</dd>
        </div>
      </dl>
    </Card>
  );
}
