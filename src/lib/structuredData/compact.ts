/**
 * Absent optional fields must vanish from the JSON-LD, not become `null`: search engines read a
 * present property as a claim. Builders write every field in one object literal (so a mistyped
 * property name is a type error, which spreads would hide) and pass it through here.
 * Shallow on purpose: each nested node the builders make goes through `compact` itself.
 */
export function compact<T extends object>(node: T): T {
  // Object.fromEntries loses the key types; the entries are T's own, minus the undefined ones.
  return Object.fromEntries(Object.entries(node).filter(([, value]) => value !== undefined)) as T;
}

/** An empty list says nothing (`citation: []`), so it is absent too. */
export function nonEmpty<V>(values: readonly V[]): readonly V[] | undefined {
  return values.length === 0 ? undefined : values;
}
