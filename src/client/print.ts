/**
 * Browser: the "Print or save as PDF" button, and the date a paper copy was printed. Both need
 * JavaScript, so a page works without them: the button stays hidden, and paper gives the date the
 * facts were last checked, which the page prints anyway, instead of a print date it cannot know.
 */

/** `template` ("Printed on {{date}}") with today's date in the page's language, with a Gregorian year like the page's other dates. */
export function printedOn(template: string, date: Date, lang: string): string {
  const formatted = new Intl.DateTimeFormat(lang, { dateStyle: 'long', calendar: 'gregory' }).format(date);
  return template.replace('{{date}}', formatted);
}

export function enhancePrint(): void {
  if (typeof window.print === 'function') {
    document.querySelectorAll<HTMLButtonElement>('[data-print]').forEach((button) => {
      button.hidden = false;
      button.addEventListener('click', () => window.print());
    });
  }
  const stamps = document.querySelectorAll<HTMLElement>('[data-printed-on]');
  if (stamps.length === 0) return;
  // Ctrl+P and the browser's menu too, not only the button: every way of printing fires beforeprint.
  window.addEventListener('beforeprint', () => {
    for (const stamp of stamps) stamp.textContent = printedOn(stamp.dataset.printedOn ?? '', new Date(), document.documentElement.lang);
  });
}
