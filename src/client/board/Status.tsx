// The connection and the last refused move. The runner recovers a lost
// connection; the board only says so. A refused move is an alert that takes
// focus, never a silent no-op.
import { useState } from 'react';
import { useT, useText } from '../i18n/I18nProvider';
import { Alert } from '../ui';
import type { Connection, Rejection } from './types';

type Props = { readonly connection: Connection | undefined; readonly rejection: Rejection | undefined };

export const Status = ({ connection, rejection }: Props) => {
  const t = useT();
  const text = useText();
  const [dismissed, setDismissed] = useState<number | undefined>(undefined);
  const showRejection = rejection !== undefined && rejection.at !== dismissed;
  return (
    <div className="board-status">
      {connection && connection !== 'connected' && (
        <Alert tone="warning">
          <strong>{t(connection === 'offline' ? 'board.connection.offline' : 'board.connection.reconnecting')}</strong>
        </Alert>
      )}
      {showRejection && (
        <Alert tone="error" focusKey={rejection.at} onDismiss={() => setDismissed(rejection.at)} dismissLabel={t('ui.dismiss')}>
          <strong>{t('board.rejected.title')}</strong> {rejection.reason ? text(rejection.reason) : t('board.rejected.unknown')}
        </Alert>
      )}
    </div>
  );
};
