import helmet from 'helmet';
import type { Next, Request, Response } from 'restify';

/** Every body the server accepts is JSON of at most this size (activities and tab API requests alike). */
export const MAX_BODY_BYTES = 1024 * 1024;

/**
 * Refuses a request that carries a body other than JSON with 415, before anything reads it: restify's full
 * body parser hands multipart uploads to formidable, which writes them to disk outside any size limit.
 */
export function requireJsonBodies(req: Request, res: Response, next: Next): void {
  const length = Number(req.headers['content-length'] ?? 0);
  const hasBody = length > 0 || req.headers['transfer-encoding'] !== undefined;
  if (!hasBody) return next();
  const type = (req.headers['content-type'] ?? '').split(';')[0]!.trim().toLowerCase();
  if (type !== 'application/json') {
    res.json(415, { error: 'only application/json bodies are accepted' });
    return next(false);
  }
  if (length > MAX_BODY_BYTES) {
    res.json(413, { error: `bodies are limited to ${MAX_BODY_BYTES} bytes` });
    return next(false);
  }
  return next();
}

/** Teams shows the tab in an iframe on these hosts; no other site may frame it. */
export const TEAMS_FRAME_ANCESTORS = [
  "'self'",
  'https://teams.microsoft.com',
  'https://*.teams.microsoft.com',
  'https://*.teams.microsoft.us',
  'https://*.skype.com',
  'https://*.office.com',
  'https://*.cloud.microsoft',
  'https://outlook.office.com',
  'https://outlook.office365.com',
];

/**
 * Security headers on every response (helmet): a CSP fitted to the tab (Fluent UI injects its styles; teams-js
 * reads its list of valid domains from Microsoft's CDN) that only Teams may frame, nosniff, HSTS, no referrer.
 * X-Frame-Options is left out: it cannot name several hosts and would stop Teams from showing the tab.
 */
export const securityHeaders = helmet({
  contentSecurityPolicy: {
    useDefaults: false,
    directives: {
      'default-src': ["'self'"],
      'script-src': ["'self'"],
      'style-src': ["'self'", "'unsafe-inline'"],
      'img-src': ["'self'", 'data:'],
      'font-src': ["'self'", 'data:'],
      'connect-src': ["'self'", 'https://res.cdn.office.net'],
      'object-src': ["'none'"],
      'base-uri': ["'self'"],
      'form-action': ["'self'"],
      'frame-ancestors': TEAMS_FRAME_ANCESTORS,
    },
  },
  xFrameOptions: false,
  // Teams' consent and sign-in pop-ups must still be able to talk back to the tab.
  crossOriginOpenerPolicy: { policy: 'same-origin-allow-popups' },
  strictTransportSecurity: { maxAge: 31_536_000, includeSubDomains: true },
}) as unknown as (req: Request, res: Response, next: Next) => void;
