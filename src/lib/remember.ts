/**
 * Get-or-make for the memos a build keeps (look-ups, maps, fonts, QR codes) and the search page
 * keeps (Pagefind instances, converters): the value for `key` in `store`, made on first use.
 * A promise that rejects is forgotten, so the next call tries again instead of failing forever.
 */
export function remember<K, V>(store: Map<K, V>, key: K, make: () => V): V {
  if (store.has(key)) return store.get(key) as V;
  const value = make();
  store.set(key, value);
  if (value instanceof Promise)
    value.catch(() => {
      if (store.get(key) === value) store.delete(key);
    });
  return value;
}
