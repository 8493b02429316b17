// The match log: every move and outcome as text, in a collapsible list, and
// the newest line in a polite live region so screen readers hear each event
// as it happens without rereading the whole log.
import { useMemo } from 'react';
import type { GameState } from '../../../game/state';
import { useFormat } from '../format';
import { useT, useText } from '../i18n/I18nProvider';
import { useDescribe } from './describe';
import { logLines } from './log-lines';

export const Log = ({ G }: { readonly G: GameState }) => {
  const t = useT();
  const text = useText();
  const d = useDescribe();
  const f = useFormat();
  const lines = useMemo(() => logLines(G, { t, text, d, f }), [G, t, text, d, f]);
  const newest = lines[lines.length - 1] ?? '';
  return (
    <>
      <div className="vh" aria-live="polite" aria-atomic="true" data-testid="live-log">
        {newest}
      </div>
      <details className="log panel">
        <summary>{t('board.log.title', { count: lines.length })}</summary>
        <ol className="log__list">
          {lines.map((line, i) => (
            <li key={i}>{line}</li>
          ))}
        </ol>
      </details>
    </>
  );
};
