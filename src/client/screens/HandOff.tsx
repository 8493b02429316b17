// Hot-seat: the screen between two seats. The other seat's board is not
// mounted behind it, so nothing secret is in the page while the device passes.
import { useEffect, useRef } from 'react';
import type { Side } from '../../../game/state';
import { useT } from '../i18n/I18nProvider';

export const HandOff = ({ to, onReady }: { readonly to: Side; readonly onReady: () => void }) => {
  const t = useT();
  const button = useRef<HTMLButtonElement>(null);
  useEffect(() => button.current?.focus(), [to]);
  return (
    <section className="panel handoff" aria-labelledby="handoff-title">
      <h1 id="handoff-title">{t('mode.handoff.title', { side: to })}</h1>
      <p>{t('mode.handoff.body')}</p>
      <button ref={button} type="button" className="btn btn--primary" onClick={onReady}>
        {t('mode.handoff.ready', { side: to })}
      </button>
    </section>
  );
};
