/**
 * Are the register's sources still reachable? Requests each address in turn (a polite pause
 * between requests to the same host), follows redirects, gives up after a timeout, and reports
 * status, final address and when it was checked. Never throws for a source: a failure is a row.
 */

export interface SourceAddress {
  id: string;
  url: string;
}

export interface Reachability {
  id: string;
  url: string;
  /** HTTP status of the final response; absent when there was none (timeout, DNS, refused). */
  status?: number | undefined;
  /** Where redirects ended. */
  finalUrl?: string | undefined;
  redirected: boolean;
  ok: boolean;
  /** Why there was no response, or a short reason for a failing status. */
  error?: string | undefined;
  /** ISO time of the request. */
  checkedAt: string;
}

export interface CheckOptions {
  /** How long to wait for a response, in ms. */
  timeoutMs?: number;
  /** Pause between two requests to the same host, in ms. */
  perHostDelayMs?: number;
  /** The fetch to use (tests may pass their own). */
  fetchImpl?: typeof fetch;
  now?: () => Date;
  userAgent?: string;
}

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

async function checkOne(source: SourceAddress, options: Required<CheckOptions>): Promise<Reachability> {
  const checkedAt = options.now().toISOString();
  try {
    const response = await options.fetchImpl(source.url, {
      redirect: 'follow',
      signal: AbortSignal.timeout(options.timeoutMs),
      headers: { 'user-agent': options.userAgent, accept: 'text/html,*/*;q=0.8' },
    });
    // Only the status matters: do not download the page.
    await response.body?.cancel().catch(() => undefined);
    return {
      id: source.id,
      url: source.url,
      status: response.status,
      finalUrl: response.url || source.url,
      redirected: response.redirected || (response.url !== '' && response.url !== source.url),
      ok: response.ok,
      error: response.ok ? undefined : `HTTP ${response.status}`,
      checkedAt,
    };
  } catch (error) {
    const e = error as Error & { cause?: { code?: string } };
    const reason =
      e.name === 'TimeoutError' || e.name === 'AbortError' ? `no response within ${options.timeoutMs} ms` : (e.cause?.code ?? e.message);
    return { id: source.id, url: source.url, redirected: false, ok: false, error: reason, checkedAt };
  }
}

/** Checks every address, one request at a time, pausing between requests to the same host. */
export async function checkReachability(sources: readonly SourceAddress[], options: CheckOptions = {}): Promise<Reachability[]> {
  const settings: Required<CheckOptions> = {
    timeoutMs: options.timeoutMs ?? 15_000,
    perHostDelayMs: options.perHostDelayMs ?? 2_000,
    fetchImpl: options.fetchImpl ?? fetch,
    now: options.now ?? (() => new Date()),
    userAgent: options.userAgent ?? 'gather-in-shanghai-source-check (weekly link check of cited sources)',
  };
  const lastRequest = new Map<string, number>();
  const results: Reachability[] = [];
  for (const source of sources) {
    const host = new URL(source.url).host;
    const last = lastRequest.get(host);
    if (last !== undefined) await sleep(Math.max(0, last + settings.perHostDelayMs - Date.now()));
    lastRequest.set(host, Date.now());
    results.push(await checkOne(source, settings));
  }
  return results;
}

/** The report as Markdown: one row per source, failures first. */
export function reachabilityReport(results: readonly Reachability[]): string {
  const failing = results.filter((r) => !r.ok);
  const rows = [...failing, ...results.filter((r) => r.ok)].map(
    (r) =>
      `| ${r.id} | ${r.ok ? 'ok' : 'FAIL'} | ${r.status ?? '-'} | ${r.url} | ${r.redirected ? (r.finalUrl ?? '') : ''} | ${r.error ?? ''} | ${r.checkedAt} |`,
  );
  return [
    '# Source reachability',
    '',
    `${results.length} sources checked, ${failing.length} not reachable.`,
    '',
    '| id | result | status | address | redirected to | problem | checked |',
    '| --- | --- | --- | --- | --- | --- | --- |',
    ...rows,
    '',
  ].join('\n');
}
