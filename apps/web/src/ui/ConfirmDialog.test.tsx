// @vitest-environment jsdom
import { cleanup, fireEvent, render, screen, waitFor } from '@testing-library/react';
import { useState } from 'react';
import { afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import { ApiError } from '../api/client.js';
import { setupI18n } from '../i18n/i18n.js';
import { ConfirmDialog } from './ConfirmDialog.js';

function Harness({ onConfirm }: { onConfirm: () => Promise<unknown> }) {
  const [open, setOpen] = useState(false);
  return (
    <>
      <button type="button" onClick={() => setOpen(true)}>
        Delete it
      </button>
      <ConfirmDialog
        open={open}
        title="Delete this map?"
        message={<p>It cannot be undone.</p>}
        confirmLabel="Delete map"
        onConfirm={onConfirm}
        onClose={() => setOpen(false)}
        explainError={(error) =>
          error instanceof ApiError && error.code === 'last-owner' ? 'Make someone else owner first.' : null
        }
      />
    </>
  );
}

describe('ConfirmDialog', () => {
  beforeAll(async () => {
    await setupI18n('en');
  });
  afterEach(cleanup);

  it('ConfirmDialog starts on Cancel, and Cancel closes it without acting and returns focus', async () => {
    const onConfirm = vi.fn(async () => undefined);
    render(<Harness onConfirm={onConfirm} />);
    const opener = screen.getByRole('button', { name: 'Delete it' });
    opener.focus();
    fireEvent.click(opener);
    expect(screen.getByTestId('confirm-dialog')).toBeTruthy();
    expect(document.activeElement).toBe(screen.getByTestId('confirm-cancel'));
    fireEvent.click(screen.getByTestId('confirm-cancel'));
    expect(screen.queryByTestId('confirm-dialog')).toBeNull();
    expect(onConfirm).not.toHaveBeenCalled();
    await waitFor(() => expect(document.activeElement).toBe(opener));
  });

  it('ConfirmDialog runs the action and closes when it succeeds', async () => {
    const onConfirm = vi.fn(async () => undefined);
    render(<Harness onConfirm={onConfirm} />);
    fireEvent.click(screen.getByRole('button', { name: 'Delete it' }));
    fireEvent.click(screen.getByRole('button', { name: 'Delete map' }));
    await waitFor(() => expect(screen.queryByTestId('confirm-dialog')).toBeNull());
    expect(onConfirm).toHaveBeenCalledOnce();
  });

  it('ConfirmDialog stays open on failure and explains a known error in words', async () => {
    const onConfirm = vi.fn(async () => {
      throw new ApiError(409, 'last-owner', 'a workspace needs at least one owner');
    });
    render(<Harness onConfirm={onConfirm} />);
    fireEvent.click(screen.getByRole('button', { name: 'Delete it' }));
    fireEvent.click(screen.getByRole('button', { name: 'Delete map' }));
    expect((await screen.findByRole('alert')).textContent).toBe('Make someone else owner first.');
    expect(screen.getByTestId('confirm-dialog')).toBeTruthy();
    expect(screen.getByTestId('confirm-submit')).toHaveProperty('disabled', false);
  });

  it('ConfirmDialog falls back to a general sentence for other failures', async () => {
    const onConfirm = vi.fn(async () => {
      throw new TypeError('Failed to fetch');
    });
    render(<Harness onConfirm={onConfirm} />);
    fireEvent.click(screen.getByRole('button', { name: 'Delete it' }));
    fireEvent.click(screen.getByRole('button', { name: 'Delete map' }));
    expect((await screen.findByRole('alert')).textContent).toContain('server cannot be reached');
  });
});
