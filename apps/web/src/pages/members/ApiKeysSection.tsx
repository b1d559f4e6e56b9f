import type { ApiKey } from '@trailmap/domain';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ConfirmDialog } from '../../ui/ConfirmDialog.js';
import { ErrorAlert } from '../../ui/ErrorAlert.js';
import { ApiKeyRow } from './ApiKeyRow.js';
import { CreateApiKeyForm } from './CreateApiKeyForm.js';
import { useApiKeys, useRevokeApiKey } from './membersApi.js';
import { NewKeyNotice } from './NewKeyNotice.js';

/** Owners only: keys for scripts and integrations (`Authorization: Bearer tmk_…`). */
export function ApiKeysSection({ workspaceId }: { workspaceId: string }) {
  const { t } = useTranslation(['members', 'common']);
  const keys = useApiKeys(workspaceId, true);
  const revoke = useRevokeApiKey(workspaceId);
  const [created, setCreated] = useState<{ name: string; secret: string } | null>(null);
  const [revoking, setRevoking] = useState<ApiKey | null>(null);
  const list = keys.data ?? [];

  return (
    <section className="card members-section" aria-labelledby="api-keys-heading" data-testid="api-keys">
      <h2 id="api-keys-heading">{t('members:apiKeys.title')}</h2>
      <p className="muted section-intro">{t('members:apiKeys.intro')}</p>
      {created && (
        <NewKeyNotice name={created.name} secret={created.secret} onDone={() => setCreated(null)} />
      )}
      <CreateApiKeyForm
        workspaceId={workspaceId}
        onCreated={(name, secret) => setCreated({ name, secret })}
      />
      {keys.isPending && <p className="muted">{t('common:state.loading')}</p>}
      {keys.isError && <ErrorAlert error={keys.error} onRetry={() => void keys.refetch()} />}
      {keys.isSuccess && list.length === 0 && (
        <p className="muted api-keys-none">{t('members:apiKeys.none')}</p>
      )}
      {list.length > 0 && (
        <ul className="member-list api-key-list" aria-label={t('members:apiKeys.listLabel')}>
          {list.map((apiKey) => (
            <ApiKeyRow key={apiKey.id} apiKey={apiKey} onRevoke={setRevoking} />
          ))}
        </ul>
      )}
      <ConfirmDialog
        open={revoking !== null}
        title={t('members:apiKeys.confirm.title')}
        message={<p>{t('members:apiKeys.confirm.message', { name: revoking?.name ?? '' })}</p>}
        confirmLabel={t('members:apiKeys.confirm.submit')}
        onConfirm={async () => {
          if (revoking) await revoke.mutateAsync(revoking.id);
        }}
        onClose={() => setRevoking(null)}
      />
    </section>
  );
}
