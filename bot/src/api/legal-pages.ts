import type { Request, Response, Server } from 'restify';
import type { Locale } from '@netvaerk/shared/domain/errors';
import { LEGAL_TEXTS, type LegalPage, type LegalPageName } from './legal/legal-texts';
import { localeOf } from './http';

const escapeHtml = (text: string) =>
  text.replace(/[&<>"']/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c]!);

const STYLE = `body{font-family:"Segoe UI",system-ui,sans-serif;line-height:1.5;max-width:44rem;margin:2rem auto;padding:0 1rem;color:#242424}
h1{font-size:1.6rem}h2{font-size:1.15rem;margin-top:1.6rem}a{color:#1f6f5c}.meta{color:#616161;font-size:.9rem}`;

/** One legal page as a small, self-contained HTML document (no scripts; fits the server's CSP). */
export function renderLegalPage(name: LegalPageName, locale: Locale): string {
  const page: LegalPage = LEGAL_TEXTS[name][locale];
  const other: Locale = locale === 'da' ? 'en' : 'da';
  const sections = page.sections
    .map(
      (s) =>
        `<h2>${escapeHtml(s.heading)}</h2>` +
        (s.paragraphs ?? []).map((p) => `<p>${escapeHtml(p)}</p>`).join('') +
        (s.bullets ? `<ul>${s.bullets.map((b) => `<li>${escapeHtml(b)}</li>`).join('')}</ul>` : ''),
    )
    .join('\n');
  return `<!doctype html>
<html lang="${locale}">
<head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">
<title>${escapeHtml(page.title)}</title><style>${STYLE}</style></head>
<body><main>
<p class="meta"><a href="/${name}?lang=${other}" hreflang="${other}" lang="${other}">${escapeHtml(page.otherLanguage)}</a></p>
<h1>${escapeHtml(page.title)}</h1>
<p>${escapeHtml(page.intro)}</p>
${sections}
<p class="meta">${escapeHtml(page.updated)}</p>
</main></body></html>
`;
}

/**
 * The privacy statement and terms of use the Teams manifest links to (developer.privacyUrl, termsOfUseUrl):
 * /privacy and /terms, Danish by default, English with ?lang=en (or an English Accept-Language).
 */
export function registerLegalPages(server: Server): void {
  for (const name of Object.keys(LEGAL_TEXTS) as LegalPageName[]) {
    server.get(`/${name}`, async (req: Request, res: Response) => {
      const html = renderLegalPage(name, localeOf(req));
      res.writeHead(200, {
        'content-type': 'text/html; charset=utf-8',
        'cache-control': 'public, max-age=3600',
        'content-language': localeOf(req),
      });
      res.end(html);
    });
  }
}
