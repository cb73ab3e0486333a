/** Link shorteners: the reader cannot see where the link goes before following it. */
export const SHORTENER_DOMAINS: ReadonlySet<string> = new Set([
  "bit.ly", "bitly.com", "tinyurl.com", "t.co", "ow.ly", "goo.gl", "is.gd", "v.gd", "buff.ly",
  "rebrand.ly", "cutt.ly", "shorturl.at", "tiny.cc", "rb.gy", "t.ly", "bl.ink", "lnkd.in",
  "trib.al", "dlvr.it", "s.id", "bit.do", "soo.gd", "shorte.st", "adf.ly", "qrco.de", "tiny.one",
  "short.io", "snip.ly", "clck.ru", "x.gd", "urlz.fr", "amzn.to", "fb.me", "wp.me",
]);
