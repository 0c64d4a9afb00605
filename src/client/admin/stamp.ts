/**
 * The editor's control for `sourceHash`: a translator marks a translation as matching the
 * current English, explicitly, with a button; no save ever does it implicitly. It records the
 * same hash `npm run i18n:status -- --stamp` would (src/lib/content/contentHashInput.ts), computed from
 * the English entry as the editor holds it, so the translation-status page and the page's
 * "outdated" notice follow it after the save.
 */
import { contentHashInput, hashLength } from '../../lib/content/contentHashInput';
import { defaultLocale } from '../../i18n/locales';
import type { DecapCms, DecapWindow, ImmutableLike, WidgetComponent } from './decap';

export const stampWidgetName = 'translation-stamp';

async function englishHash(entry: ImmutableLike): Promise<string> {
  const { body, ...data } = ((entry.get('data') as ImmutableLike | undefined)?.toJS() ?? {}) as Record<string, unknown>;
  const bytes = new TextEncoder().encode(contentHashInput(data, typeof body === 'string' ? body : ''));
  const digest = new Uint8Array(await crypto.subtle.digest('SHA-256', bytes));
  return [...digest]
    .map((byte) => byte.toString(16).padStart(2, '0'))
    .join('')
    .slice(0, hashLength);
}

function statusText(value: unknown, reference: string | undefined): string {
  if (!value) return 'Not yet marked as matching the English entry: the site shows it as outdated.';
  if (reference === undefined) return 'Comparing with the English entry…';
  if (value === reference) return 'Marked as matching the current English entry.';
  return 'Outdated: the English entry has changed since this translation was marked. Update the text, then mark it again.';
}

export function registerStampWidget(cms: DecapCms, win: DecapWindow): void {
  const h = win.h!;
  const control = win.createClass!({
    getInitialState() {
      return {};
    },
    componentDidMount(this: WidgetComponent & { refresh(): Promise<void> }) {
      void this.refresh();
    },
    componentDidUpdate(this: WidgetComponent & { refresh(): Promise<void> }) {
      void this.refresh();
    },
    async refresh(this: WidgetComponent) {
      const reference = await englishHash(this.props.getEntry());
      if (reference !== this.state?.reference) this.setState({ reference });
    },
    render(this: WidgetComponent) {
      const { value, locale, forID, classNameWrapper } = this.props;
      if (!locale || locale === defaultLocale)
        return h(
          'p',
          { id: forID, className: classNameWrapper },
          'English is the reference: each translation records which version of it it matches.',
        );
      const mark = async () => {
        const reference = await englishHash(this.props.getEntry());
        this.setState({ reference });
        this.props.onChange(reference);
      };
      return h(
        'div',
        { className: classNameWrapper },
        // The field's label points at the status; the button is named by its own words.
        h('p', { id: forID, role: 'status' }, statusText(value, this.state?.reference)),
        h('button', { type: 'button', onClick: () => void mark() }, 'Mark as matching the current English'),
      );
    },
  });
  cms.registerWidget(stampWidgetName, control);
}
