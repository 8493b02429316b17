// The bot's reason for a move, beside that move (solo).
import type { Text } from '../../../game/state';
import { useT, useText } from '../i18n/I18nProvider';

export const BotWhy = ({ why, lead }: { readonly why: Text; readonly lead?: string }) => {
  const t = useT();
  const text = useText();
  return (
    <p className="reveal__why">
      {lead && <>{lead} </>}
      <strong>{t('board.botWhy')}</strong> {text(why)}
    </p>
  );
};
