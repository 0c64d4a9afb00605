/** Plain share links (no scripts from those services): e-mail, WhatsApp, LinkedIn and X. */
export interface ShareInput {
  url: string;
  title: string;
  summary: string;
}

export function shareLinks({ url, title, summary }: ShareInput): Record<'email' | 'whatsapp' | 'linkedin' | 'x', string> {
  const e = encodeURIComponent;
  return {
    email: `mailto:?subject=${e(title)}&body=${e(`${summary}\n\n${url}`)}`,
    whatsapp: `https://wa.me/?text=${e(`${title} ${url}`)}`,
    linkedin: `https://www.linkedin.com/sharing/share-offsite/?url=${e(url)}`,
    x: `https://x.com/intent/post?text=${e(title)}&url=${e(url)}`,
  };
}
