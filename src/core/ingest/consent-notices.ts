/**
 * Cookie and consent notices ("This site uses cookies…") are page chrome, never article text.
 * Readability does not remove them by itself: its list of unlikely class names has `gdpr`,
 * `banner` and `popup`, but not `cookie` or `consent`, so a `<div class="cookie-notice">` was
 * indexed, and on a short page it was the first thing its summary said.
 */
import type { parseHTML } from 'linkedom';

type LinkedDocument = ReturnType<typeof parseHTML>['document'];

/**
 * Words in a class or id that name a notice: generic ones, and the consent platforms whose
 * markup is on most sites (OneTrust and its older Optanon, Cookiebot, Didomi, Usercentrics,
 * Osano, iubenda, Termly, CookieYes). Matched as whole words of the name, so `content` or
 * `cookiecutter` are not. `cmp` (consent management platform) is left out on purpose: Adobe
 * Experience Manager prefixes every component with it (`cmp-text`, `cmp-title`).
 */
const NOTICE_WORDS = new Set([
  'cookie',
  'cookies',
  'consent',
  'gdpr',
  'onetrust',
  'optanon',
  'cookiebot',
  'didomi',
  'usercentrics',
  'osano',
  'iubenda',
  'termly',
  'cookieyes',
]);

/** The cookieconsent library's banner (`cc-window cc-banner`), whose words say nothing alone. */
const NOTICE_CLASSES = new Set(['cc-window', 'cc-banner', 'cc-revoke']);

/** An accessible name that says what the element is, e.g. `aria-label="Cookie consent"`. */
const NOTICE_LABEL = /\b(?:cookies?|consent|gdpr)\b/i;

/** True when a class or id names a notice: `cookie-banner`, `CybotCookiebotDialog`, `gdpr_popup`. */
function namesNotice(name: string): boolean {
  if (NOTICE_CLASSES.has(name.toLowerCase())) return true;
  const words = name
    .replace(/([a-z\d])([A-Z])/g, '$1-$2')
    .toLowerCase()
    .split(/[^a-z\d]+/);
  return words.some((word) => NOTICE_WORDS.has(word));
}

/**
 * Removes cookie, consent and GDPR notices from a page, found by their class, id or accessible
 * name (`aria-label`, as on a `role="dialog"` or `role="region"`). An element that holds the
 * page's main content is kept whatever it is called: sites mark the state of the whole page on
 * a wrapper (`<div class="page cookies-accepted">`), and that wrapper is not a notice.
 */
export function removeConsentNotices(document: LinkedDocument): void {
  for (const element of document.querySelectorAll('[class], [id], [aria-label]')) {
    const names = [...(element.getAttribute('class') ?? '').split(/\s+/), element.getAttribute('id') ?? ''];
    const label = element.getAttribute('aria-label') ?? '';
    if (!names.some((name) => name !== '' && namesNotice(name)) && !NOTICE_LABEL.test(label)) continue;
    if (
      element.matches('html, body, main, article, [role=main]') ||
      element.querySelector('main, article, h1, [role=main]')
    )
      continue;
    element.remove();
  }
}
