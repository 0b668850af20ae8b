import type { ReactNode } from 'react';

/** A small inline line icon, decorative: the text beside it, or an aria-label, names the control. */
export function Icon({ size = 24, children }: { size?: number; children: ReactNode }) {
  return (
    <svg viewBox="0 0 24 24" width={size} height={size} aria-hidden focusable={false} fill="none" stroke="currentColor" strokeWidth={2} strokeLinecap="round" strokeLinejoin="round">
      {children}
    </svg>
  );
}
