/**
 * Browser, on the offline page: lists the pages of its language that the offline-reading worker
 * has kept, by their titles, so a reader without a connection can go on reading. Titles are read
 * from the kept pages and shown as text.
 */
import { cacheNames, offlineRoute } from '../lib/offline/plan';

export async function listSavedPages(): Promise<void> {
  const box = document.querySelector<HTMLElement>('[data-saved-pages]');
  const list = box?.querySelector<HTMLElement>('[data-saved-list]');
  if (!box || !list || !('caches' in window)) return;
  const prefix = `/${box.dataset.savedPages ?? ''}/`;
  const cache = await caches.open(cacheNames.pages);
  const items: HTMLLIElement[] = [];
  for (const request of await cache.keys()) {
    const url = new URL(request.url);
    if (!url.pathname.startsWith(prefix) || url.pathname.endsWith(offlineRoute)) continue;
    const html = await (await cache.match(request))?.text();
    const title = html ? new DOMParser().parseFromString(html, 'text/html').title : '';
    const item = document.createElement('li');
    const link = document.createElement('a');
    link.href = url.pathname;
    link.className = 'text-brand underline';
    link.textContent = title || url.pathname;
    item.append(link);
    items.push(item);
  }
  list.replaceChildren(...items);
  box.hidden = items.length === 0;
}
