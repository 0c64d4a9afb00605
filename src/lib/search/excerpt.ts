/**
 * Pagefind excerpts are text with `<mark>` around the matched words. We never insert them as
 * HTML: this splits one into plain-text segments (entities decoded) the page turns into text
 * nodes and <mark> elements, so content text can never become markup.
 */
export interface ExcerptSegment {
  text: string;
  mark: boolean;
}

const named: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'", nbsp: '\u00a0' };

export function decodeEntities(text: string): string {
  return text.replace(/&(#x[0-9a-f]+|#[0-9]+|[a-z]+);/gi, (whole, body: string) => {
    if (body[0] === '#') {
      const code = body[1] === 'x' || body[1] === 'X' ? parseInt(body.slice(2), 16) : parseInt(body.slice(1), 10);
      return Number.isFinite(code) && code > 0 && code <= 0x10ffff ? String.fromCodePoint(code) : whole;
    }
    return named[body.toLowerCase()] ?? whole;
  });
}

export function excerptSegments(excerpt: string): ExcerptSegment[] {
  const segments: ExcerptSegment[] = [];
  const pattern = /<mark>([\s\S]*?)<\/mark>/g;
  let last = 0;
  for (const match of excerpt.matchAll(pattern)) {
    if (match.index > last) segments.push({ text: decodeEntities(excerpt.slice(last, match.index)), mark: false });
    segments.push({ text: decodeEntities(match[1] ?? ''), mark: true });
    last = match.index + match[0].length;
  }
  if (last < excerpt.length) segments.push({ text: decodeEntities(excerpt.slice(last)), mark: false });
  return segments.filter((s) => s.text !== '');
}
