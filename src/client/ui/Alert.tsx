// An alert that takes focus when it appears (or when `focusKey` changes), so a
// keyboard or screen reader user learns at once that something went wrong.
import { useEffect, useRef } from 'react';
import type { ReactNode } from 'react';

type Props = {
  readonly children: ReactNode;
  readonly tone?: 'error' | 'warning' | 'info';
  readonly focusKey?: string | number;
  readonly onDismiss?: () => void;
  readonly dismissLabel?: string;
};

export const Alert = ({ children, tone = 'error', focusKey, onDismiss, dismissLabel }: Props) => {
  const ref = useRef<HTMLDivElement>(null);
  useEffect(() => {
    if (focusKey !== undefined) ref.current?.focus();
  }, [focusKey]);
  return (
    <div ref={ref} role={tone === 'error' ? 'alert' : 'status'} tabIndex={-1} className={`alert alert--${tone}`}>
      <div className="alert__body">{children}</div>
      {onDismiss && (
        <button type="button" className="btn btn--quiet alert__close" onClick={onDismiss}>
          {dismissLabel}
        </button>
      )}
    </div>
  );
};
