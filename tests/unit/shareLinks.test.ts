import { describe, expect, it } from 'vitest';
import { shareLinks } from '../../src/lib/routing/shareLinks';

describe('shareLinks', () => {
  const links = shareLinks({ url: 'https://example.org/zh-hans/stories/ding-yi/', title: '丁一 & 泰国', summary: 'A summary.' });

  it('builds plain links to each service, with the page URL encoded', () => {
    expect(links.linkedin).toBe(
      'https://www.linkedin.com/sharing/share-offsite/?url=https%3A%2F%2Fexample.org%2Fzh-hans%2Fstories%2Fding-yi%2F',
    );
    expect(new URL(links.whatsapp).searchParams.get('text')).toBe('丁一 & 泰国 https://example.org/zh-hans/stories/ding-yi/');
    expect(new URL(links.x).searchParams.get('url')).toBe('https://example.org/zh-hans/stories/ding-yi/');
  });

  it('puts the summary and link in the e-mail body', () => {
    const mail = new URL(links.email);
    expect(mail.protocol).toBe('mailto:');
    expect(decodeURIComponent(links.email.split('body=')[1] ?? '')).toBe('A summary.\n\nhttps://example.org/zh-hans/stories/ding-yi/');
  });
});
