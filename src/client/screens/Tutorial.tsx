// The first-game tutorial: a few short cards over the board, dismissible at
// any step and remembered, so it shows once per browser. A modal dialog:
// focus moves in, Escape closes, focus returns to the page after.
import { useEffect, useRef, useState } from 'react';
import type { KeyboardEvent } from 'react';
import { useT } from '../i18n/I18nProvider';

const KEY = 'cott.tutorial.done';
const STEPS = ['goal', 'round', 'talks', 'moves', 'score'] as const;

/** Keeps Tab and Shift+Tab inside the dialog (aria-modal: the page behind is out of reach). */
const trapTab = (e: KeyboardEvent<HTMLDivElement>, root: HTMLElement | null): void => {
  const buttons = [...(root?.querySelectorAll<HTMLButtonElement>('button:not([disabled])') ?? [])];
  const first = buttons[0];
  const last = buttons[buttons.length - 1];
  const active = globalThis.document.activeElement;
  if (e.shiftKey && (active === first || active === root)) {
    e.preventDefault();
    last?.focus();
  } else if (!e.shiftKey && active === last) {
    e.preventDefault();
    first?.focus();
  }
};

const seen = (): boolean => {
  try {
    return globalThis.localStorage?.getItem(KEY) === '1';
  } catch {
    return false;
  }
};

export const Tutorial = () => {
  const t = useT();
  const [open, setOpen] = useState(() => !seen());
  const [step, setStep] = useState(0);
  const dialog = useRef<HTMLDivElement>(null);
  const previous = useRef<Element | null>(null);

  useEffect(() => {
    if (!open) return undefined;
    previous.current = globalThis.document.activeElement;
    dialog.current?.focus();
    return () => (previous.current as HTMLElement | null)?.focus?.();
  }, [open]);

  if (!open) return null;
  const close = () => {
    try {
      globalThis.localStorage?.setItem(KEY, '1');
    } catch {
      // Shown again next game; harmless.
    }
    setOpen(false);
  };
  const id = STEPS[step] ?? 'goal';
  const last = step === STEPS.length - 1;
  return (
    <div className="overlay">
      <div
        ref={dialog}
        className="panel tutorial"
        role="dialog"
        aria-modal="true"
        aria-labelledby="tutorial-title"
        aria-describedby="tutorial-body"
        tabIndex={-1}
        onKeyDown={(e) => {
          if (e.key === 'Escape') close();
          if (e.key === 'Tab') trapTab(e, dialog.current);
        }}
      >
        <p className="hint">{t('tutorial.progress', { step: step + 1, steps: STEPS.length })}</p>
        <h2 id="tutorial-title">{t(`tutorial.${id}.title` as const)}</h2>
        <p id="tutorial-body">{t(`tutorial.${id}.body` as const)}</p>
        <p className="actions">
          {step > 0 && (
            <button type="button" className="btn btn--secondary" onClick={() => setStep(step - 1)}>
              {t('tutorial.back')}
            </button>
          )}
          <button type="button" className="btn btn--primary" onClick={() => (last ? close() : setStep(step + 1))}>
            {last ? t('tutorial.done') : t('tutorial.next')}
          </button>
          {!last && (
            <button type="button" className="btn btn--quiet" onClick={close}>
              {t('tutorial.skip')}
            </button>
          )}
        </p>
      </div>
    </div>
  );
};
