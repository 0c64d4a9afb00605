/** Browser: copy buttons with a visible confirmation, and the device's share sheet where it exists. */

/** Copies text; falls back to selecting a field so the reader can press Ctrl+C / long-press. */
export async function copyText(text: string, fallbackField?: HTMLInputElement | HTMLTextAreaElement | null): Promise<boolean> {
  try {
    await navigator.clipboard.writeText(text);
    return true;
  } catch {
    fallbackField?.focus();
    fallbackField?.select();
    return false;
  }
}

export function enhanceSharePanel(): void {
  document.querySelectorAll<HTMLElement>('[data-share-panel]').forEach((panel) => {
    const field = panel.querySelector<HTMLInputElement>('[data-share-url]');
    const status = panel.querySelector<HTMLElement>('[data-share-status]');
    const copy = panel.querySelector<HTMLButtonElement>('[data-copy-link]');
    copy?.addEventListener('click', async () => {
      const ok = await copyText(field?.value ?? location.href, field);
      if (status) status.textContent = (ok ? copy.dataset.copied : copy.dataset.failed) ?? '';
    });
    const share = panel.querySelector<HTMLButtonElement>('[data-web-share]');
    if (share && typeof navigator.share === 'function') {
      share.hidden = false;
      share.addEventListener('click', () => {
        navigator
          .share({ title: share.dataset.title, text: share.dataset.text, url: field?.value ?? location.href })
          .catch(() => undefined);
      });
    }
  });

  // Newsletter kit: each "copy" button copies the text of the blurb it names.
  document.querySelectorAll<HTMLButtonElement>('[data-copy-blurb]').forEach((button) => {
    const field = document.getElementById(button.dataset.copyBlurb ?? '') as HTMLTextAreaElement | null;
    const status = button.parentElement?.querySelector<HTMLElement>('[data-copy-status]');
    button.addEventListener('click', async () => {
      const ok = await copyText(field?.value ?? '', field);
      if (status) status.textContent = (ok ? button.dataset.copied : button.dataset.failed) ?? '';
    });
  });
}
