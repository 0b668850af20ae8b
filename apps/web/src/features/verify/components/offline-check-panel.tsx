import { Alert } from '../../../components/ui';
import type { MessageKey } from '../../../lib/i18n';
import type { OfflineCheck } from '../api/use-offline-check';
import { formatCalendarDay, formatDate } from '../../../lib/dates';
import { normaliseVerificationCode, sameVerificationCode } from '../lib/verification-code';
import { Bi, BothLocales } from './bilingual';
import { DetailRow } from './certificate-details';

const FAILURES: Record<'bad-signature' | 'unknown-key' | 'malformed' | 'unsupported', { key: MessageKey; tone: 'error' | 'warning' | 'info' }> = {
  'bad-signature': { key: 'verify.offline.badSignature', tone: 'error' },
  'unknown-key': { key: 'verify.offline.unknownKey', tone: 'error' },
  malformed: { key: 'verify.offline.malformed', tone: 'error' },
  unsupported: { key: 'verify.offline.unsupported', tone: 'info' },
};

function Result({ check, code, revoked }: { check: OfflineCheck; code: string; revoked: boolean }) {
  if (check.state === 'checking') {
    return (
      <p className="loading-panel" role="status">
        <span className="spinner" aria-hidden="true" />
        <Bi k="verify.offline.checking" />
      </p>
    );
  }
  if (check.state === 'no-keys') {
    return (
      <div data-testid="verify-offline-no-keys">
        <Alert tone="warning">
          <p>
            <Bi k="verify.offline.noKeys" />
          </p>
        </Alert>
      </div>
    );
  }
  const { result } = check;
  if (result.status !== 'valid') {
    const failure = FAILURES[result.status];
    return (
      <div data-testid={`verify-offline-${result.status}`}>
        <Alert tone={failure.tone}>
          <p>
            <Bi k={failure.key} />
          </p>
        </Alert>
      </div>
    );
  }

  const { claims } = result;
  const matches = sameVerificationCode(claims.c, code);
  const shownCode = normaliseVerificationCode(code) ?? code;
  return (
    <div className="stack" data-testid="verify-offline-valid">
      {/* Genuine, but not green beside a red "revoked": the signature cannot know of a revocation. */}
      <Alert tone={!matches ? 'error' : revoked ? 'warning' : 'success'}>
        <p>
          <Bi k="verify.offline.valid" />
        </p>
        {!matches && (
          <p data-testid="verify-offline-mismatch">
            <Bi k="verify.offline.codeMismatch" vars={{ signed: claims.c, code: shownCode }} />
          </p>
        )}
      </Alert>
      <dl className="verify-details">
        <DetailRow labelKey="verify.holder" testId="verify-offline-holder">
          <span className="verify-details__strong">{claims.n}</span>
        </DetailRow>
        <DetailRow labelKey="verify.course" testId="verify-offline-course">
          <span className="verify-details__strong">{claims.t}</span>
        </DetailRow>
        <DetailRow labelKey="verify.completedOn" testId="verify-offline-date">
          <BothLocales render={(locale) => formatCalendarDay(claims.d, locale)} />
        </DetailRow>
        <DetailRow labelKey="verify.code" testId="verify-offline-code">
          <span className="code-text">{claims.c}</span>
          {matches && (
            <span className="verify-match" data-testid="verify-offline-match">
              <span aria-hidden="true">✓ </span>
              <Bi k="verify.offline.codeMatches" inline />
            </span>
          )}
        </DetailRow>
      </dl>
    </div>
  );
}

/**
 * The second opinion, from the signature in the link's fragment and the institute's public key
 * (saved on this device): it answers even when the server cannot be reached at all. `revoked`:
 * the institute's records, when they could be read, say the certificate is no longer valid.
 */
export function OfflineCheckPanel({ check, code, revoked = false }: { check: OfflineCheck; code: string; revoked?: boolean }) {
  return (
    <section className="card verify-card verify-offline" aria-labelledby="verify-offline-title" data-testid="verify-offline">
      <h2 className="card__title verify-offline__title" id="verify-offline-title">
        <svg className="verify-offline__icon" viewBox="0 0 24 24" width="24" height="24" aria-hidden="true" focusable="false">
          <path d="M12 2 4 5v6c0 5 3.4 9.4 8 11 4.6-1.6 8-6 8-11V5z" fill="none" stroke="currentColor" strokeWidth="2" strokeLinejoin="round" />
          <path d="m8.5 12 2.5 2.5 4.5-5" fill="none" stroke="currentColor" strokeWidth="2" strokeLinecap="round" strokeLinejoin="round" />
        </svg>
        <Bi k="verify.offline.title" />
      </h2>
      <Result check={check} code={code} revoked={revoked} />
      {check.state === 'done' && check.keys.fromCache && (
        <p className="verify-note" data-testid="verify-offline-saved-keys">
          <Bi k="verify.offline.savedKeys" vars={(locale) => ({ date: formatDate(new Date(check.keys.savedAt).toISOString(), locale) })} />
        </p>
      )}
      <p className="verify-note">
        <Bi k="verify.offline.note" />
      </p>
    </section>
  );
}
