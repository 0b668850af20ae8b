import type { ReactNode } from 'react';

export interface AlertProps {
  tone?: 'error' | 'success' | 'info' | 'warning';
  children: ReactNode;
}

const ICONS: Record<NonNullable<AlertProps['tone']>, string> = { error: '!', success: '✓', info: 'i', warning: '!' };

/**
 * A message box. An error is role="alert", so screen readers announce it as soon as it appears;
 * put other tones inside a <LiveRegion> when they appear in answer to the user.
 */
export function Alert({ tone = 'info', children }: AlertProps) {
  return (
    <div className={`alert alert--${tone}`} role={tone === 'error' ? 'alert' : undefined}>
      <span className="alert__icon" aria-hidden="true">
        {ICONS[tone]}
      </span>
      <div className="alert__body">{children}</div>
    </div>
  );
}

/** A polite live region that is always in the page, so screen readers announce what appears in it. */
export function LiveRegion({ children }: { children?: ReactNode }) {
  return (
    <div className="live-region" aria-live="polite" aria-atomic="true">
      {children}
    </div>
  );
}
