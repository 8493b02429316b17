// A read-only value (a link, a code) with a button that copies it and says so.
import { useRef, useState } from 'react';
import { useT } from '../i18n/I18nProvider';

export const CopyField = ({ id, label, value }: { readonly id: string; readonly label: string; readonly value: string }) => {
  const t = useT();
  const input = useRef<HTMLInputElement>(null);
  const [copied, setCopied] = useState(false);
  const copy = async () => {
    try {
      await globalThis.navigator.clipboard.writeText(value);
    } catch {
      // No clipboard permission (an http page, an old browser): select it for the player to copy.
      input.current?.select();
      return;
    }
    setCopied(true);
    setTimeout(() => setCopied(false), 2500);
  };
  return (
    <div className="field">
      <label htmlFor={id}>{label}</label>
      <div className="row">
        <input id={id} ref={input} value={value} readOnly onFocus={(e) => e.target.select()} />
        <button type="button" className="btn btn--secondary" onClick={() => void copy()} aria-label={t('lobby.copy', { what: label })}>
          {t('lobby.copyShort')}
        </button>
      </div>
      <p className="hint" role="status" aria-live="polite">
        {copied ? t('lobby.copied') : ''}
      </p>
    </div>
  );
};
