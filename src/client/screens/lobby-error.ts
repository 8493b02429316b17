// A lobby failure as a sentence for the player: the common statuses in
// their language, anything else with the server's own words.
import { useCallback, useState } from 'react';
import { useT } from '../i18n/I18nProvider';
import { LobbyError } from '../net/lobby';

export const useLobbyError = (): readonly [string | undefined, (error: unknown) => void] => {
  const t = useT();
  const [message, setMessage] = useState<string>();
  const describe = useCallback(
    (error: unknown) => {
      if (error === undefined) return setMessage(undefined);
      const status = error instanceof LobbyError ? error.status : 0;
      if (status === 0) return setMessage(t('net.error.offline'));
      if (status === 404) return setMessage(t('net.error.gone'));
      if (status === 409) return setMessage(t('net.error.taken'));
      if (status === 429) return setMessage(t('net.error.busy'));
      return setMessage(t('net.error.other', { detail: error instanceof Error ? error.message : String(error) }));
    },
    [t],
  );
  return [message, describe] as const;
};
