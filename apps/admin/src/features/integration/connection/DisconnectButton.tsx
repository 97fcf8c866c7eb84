import { useState } from 'react';
import { useMutation } from 'urql';
import { ConfirmDialog } from '../../../ui/ConfirmDialog.js';
import { ErrorNotice } from '../../../ui/States.js';
import { DisconnectMutation } from './connection.documents.js';

/** Disconnects after a confirmation that says the books stay as they are. */
export function DisconnectButton({ accountId }: { accountId: string | null }) {
  const [open, setOpen] = useState(false);
  const [{ fetching, error }, disconnect] = useMutation(DisconnectMutation);

  const confirm = async () => {
    const result = await disconnect({});
    if (!result.error) setOpen(false);
  };

  return (
    <>
      <button type="button" className="button button-danger-outline" onClick={() => setOpen(true)}>
        Disconnect
      </button>
      <ConfirmDialog
        open={open}
        title="Disconnect Stripe?"
        confirmLabel="Disconnect"
        busy={fetching}
        onConfirm={() => void confirm()}
        onCancel={() => setOpen(false)}
      >
        <p>
          CORA stops importing from{' '}
          {accountId ? <strong>{accountId}</strong> : 'your Stripe account'}.
        </p>
        <p>
          <strong>Your books are kept:</strong> every transaction already imported stays in CORA,
          with its category. You can connect again at any time.
        </p>
        {error && <ErrorNotice error={error} title="Stripe was not disconnected." />}
      </ConfirmDialog>
    </>
  );
}
