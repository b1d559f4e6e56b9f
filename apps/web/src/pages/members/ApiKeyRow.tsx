import type { ApiKey } from '@trailmap/domain';
import { KeyRound } from 'lucide-react';
import { useTranslation } from 'react-i18next';
import { useFormat } from '../../i18n/format.js';

export interface ApiKeyRowProps {
  apiKey: ApiKey;
  onRevoke: (apiKey: ApiKey) => void;
}

/** One API key: its name, the first characters, what it may do, when it was made and last used. */
export function ApiKeyRow({ apiKey, onRevoke }: ApiKeyRowProps) {
  const { t } = useTranslation('members');
  const format = useFormat();
  const revoked = apiKey.revokedAt !== null;
  return (
    <li className={revoked ? 'api-key-row revoked' : 'api-key-row'} data-testid="api-key-row">
      <span className="invitation-icon" aria-hidden="true">
        <KeyRound size={18} />
      </span>
      <div className="member-who">
        <span className="member-name">
          {apiKey.name}
          {revoked && <span className="badge">{t('apiKeys.revoked')}</span>}
        </span>
        <span className="muted">
          <code className="key-prefix">{apiKey.prefix}…</code> · {t(`apiKeys.scopes.${apiKey.scope}`)}
        </span>
        <span className="muted member-since">
          {t('apiKeys.created', { date: format.date(apiKey.createdAt) })} ·{' '}
          {apiKey.lastUsedAt
            ? t('apiKeys.lastUsed', { date: format.dateTime(apiKey.lastUsedAt) })
            : t('apiKeys.neverUsed')}
          {revoked && apiKey.revokedAt && (
            <> · {t('apiKeys.revokedOn', { date: format.date(apiKey.revokedAt) })}</>
          )}
        </span>
      </div>
      {!revoked && (
        <button
          type="button"
          className="btn btn-small btn-ghost icon-text-danger"
          onClick={() => onRevoke(apiKey)}
          aria-label={t('apiKeys.revokeNamed', { name: apiKey.name })}
          data-testid="api-key-revoke"
        >
          {t('apiKeys.revoke')}
        </button>
      )}
    </li>
  );
}
