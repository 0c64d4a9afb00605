/**
 * When the build named no Git provider (no CMS_REPO) and no local helper answers, the editor
 * would only show a login that cannot work. Instead the page says what is missing and how to
 * set it up (README, "Editing content without code").
 */
import { parse } from 'yaml';

const localHosts = new Set(['localhost', '127.0.0.1', '[::1]']);

/** Whether `decap-server` (npm run cms) answers where the configuration says it does. */
async function localHelperAnswers(): Promise<boolean> {
  if (!localHosts.has(location.hostname)) return false;
  try {
    const config = parse(await (await fetch('/admin/config.yml')).text()) as { local_backend?: true | { url?: string } };
    // Only the dev server's configuration (npm run cms) names a local helper.
    if (!config.local_backend) return false;
    const url =
      typeof config.local_backend === 'object' && config.local_backend.url ? config.local_backend.url : 'http://localhost:8081/api/v1';
    const response = await fetch(url, {
      method: 'POST',
      headers: { 'Content-Type': 'application/json' },
      body: JSON.stringify({ action: 'info' }),
    });
    return response.ok;
  } catch {
    return false;
  }
}

function paragraph(html: string): HTMLParagraphElement {
  const p = document.createElement('p');
  p.innerHTML = html;
  return p;
}

function explain(): void {
  const main = document.createElement('main');
  main.style.cssText = 'max-width: 40rem; margin: 3rem auto; padding: 0 1rem; font: 1rem/1.5 system-ui, sans-serif';
  const title = document.createElement('h1');
  title.textContent = 'Hosted editing is not configured';
  main.append(
    title,
    paragraph('This build of the site names no Git repository for the editor to save to, so it cannot sign you in here.'),
    paragraph(
      '<strong>Site owner:</strong> build with the repository in the environment, for example <code>CMS_REPO=owner/name npm run build</code> ' +
        '(and <code>CMS_BASE_URL</code> for an OAuth proxy when not on Netlify), as the README explains under “Editing content without code”.',
    ),
    paragraph('<strong>On your own computer:</strong> run <code>npm run cms</code> in the project folder and open this page again.'),
  );
  document.body.append(main);
}

/** True when the editor can start: hosted editing is configured, or the local helper answers. */
export async function canStartEditor(hostedConfigured: boolean): Promise<boolean> {
  if (hostedConfigured || (await localHelperAnswers())) return true;
  explain();
  return false;
}
