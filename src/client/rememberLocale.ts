/** Browser: remembers the language a reader picks, so `/` sends them there next time. */
import { storedLocaleKey } from '../lib/routing/pickLocale';

export function rememberLocaleChoice(): void {
  document.querySelectorAll<HTMLAnchorElement>('[data-language-picker] a[data-locale]').forEach((link) => {
    link.addEventListener('click', () => {
      try {
        localStorage.setItem(storedLocaleKey, link.dataset.locale ?? '');
      } catch {
        // Storage may be blocked (private mode); the link still works.
      }
    });
  });
}
