/**
 * Double-submit CSRF: every unsafe request echoes the `pw_csrf` cookie in a header.
 * The cookie is the source of truth; the token from the session response covers a
 * cookie the browser will not show to scripts.
 */
const COOKIE_NAME = "pw_csrf";
let tokenFromSession: string | undefined;

export function rememberCsrfToken(token: string | undefined): void {
  if (token) tokenFromSession = token;
}

function readCookie(name: string): string | undefined {
  for (const part of document.cookie.split(";")) {
    const eq = part.indexOf("=");
    if (eq < 0) continue;
    if (part.slice(0, eq).trim() === name) return decodeURIComponent(part.slice(eq + 1).trim());
  }
  return undefined;
}

export function currentCsrfToken(): string | undefined {
  return readCookie(COOKIE_NAME) ?? tokenFromSession;
}
