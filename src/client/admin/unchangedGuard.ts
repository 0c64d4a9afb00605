/**
 * Opening an entry must not mark it as changed. Decap's entry picker (the `relation` widget) calls
 * `onChange` with the value it was given as soon as its options load, to attach their labels; and
 * Decap 3.x decides "unsaved changes" for a translation by comparing the wrong node of its state
 * (`get(...path)` where it means `getIn(path)`), so any `onChange` in a translation's pane, even
 * with the same value, reads as an edit: "UNSAVED CHANGES" with nothing edited, and Publish
 * rewrote the files with the same bytes. This wrapper passes a change on only when the value
 * differs, so what an editor does is unchanged and what the widget does on its own is dropped.
 */
import type { DecapCms, DecapWindow, WidgetProps } from './decap';

/** The built-in widgets that report their own value back on mount (found with the browser test). */
export const guardedWidgets = ['relation'] as const;

interface ValueLike {
  equals(other: unknown): boolean;
}

const hasEquals = (value: unknown): value is ValueLike =>
  typeof value === 'object' && value !== null && typeof (value as Partial<ValueLike>).equals === 'function';

/** Immutable values by value, anything else by identity; an empty list and an absent value are the same. */
export function sameValue(a: unknown, b: unknown): boolean {
  if (hasEquals(a)) return a.equals(b) || (isEmpty(a) && b === undefined);
  if (hasEquals(b)) return b.equals(a) || (isEmpty(b) && a === undefined);
  return a === b;
}

function isEmpty(value: unknown): boolean {
  return (value as { size?: number }).size === 0;
}

interface GuardComponent {
  props: WidgetProps & Record<string, unknown>;
  inner?: { isValid?: () => unknown } | null;
}

export function guardWidgets(cms: DecapCms, win: DecapWindow): void {
  const h = win.h!;
  for (const name of guardedWidgets) {
    const original = cms.getWidget(name);
    if (!original) throw new Error(`Decap has no "${name}" widget to guard`);
    const control = win.createClass!({
      // Decap asks a control's ref for isValid(): answer with the wrapped control's.
      isValid(this: GuardComponent) {
        return typeof this.inner?.isValid === 'function' ? this.inner.isValid() : true;
      },
      render(this: GuardComponent) {
        const props = this.props;
        return h(original.control as string, {
          ...props,
          ref: (inner: GuardComponent['inner']) => (this.inner = inner),
          onChange: (value: unknown, ...rest: unknown[]) => {
            if (!sameValue(value, this.props.value)) (this.props.onChange as (...args: unknown[]) => void)(value, ...rest);
          },
        });
      },
    });
    cms.registerWidget(name, control, original.preview, original.schema);
  }
}
