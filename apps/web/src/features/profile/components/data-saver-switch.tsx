import { useId } from 'react';
import { Card } from '../../../components/ui';
import { setDataSaver, useDataSaver } from '../../../lib/data-saver';
import { useT } from '../../../lib/i18n';
import '../profile.css';

/** A setting of this device, not of the account: a shared office computer and a phone on mobile data differ. */
export function DataSaverSwitch() {
  const t = useT();
  const on = useDataSaver();
  const id = useId();
  return (
    <Card title={t('profile.device.title')}>
      <button type="button" role="switch" aria-checked={on} aria-labelledby={`${id}l`} aria-describedby={`${id}h`} className="switch" onClick={() => setDataSaver(!on)}>
        <span className="switch__text">
          <span className="switch__label" id={`${id}l`}>
            {t('profile.dataSaver.label')}
          </span>
          <span className="switch__hint" id={`${id}h`}>
            {t('profile.dataSaver.hint')}
          </span>
        </span>
        <span className="switch__track" aria-hidden="true" />
      </button>
    </Card>
  );
}
