/**
 * Top-level domains a bare name ("bit.ly", "malvern-tc.gov.uk") may end in to count as a
 * link. Written out rather than taken from the public suffix list so that "e.g.", "No.5"
 * and "report.pdf" never count.
 */
const COMMON = `com org net gov edu mil int info biz name pro mobi uk ie eu de fr es pt nl ch se dk fi pl cz
  au ca nz za ru cn jp kr br mx ar cl cc co ly gl gd tv io ws fm ai sh su pw tk ml ga cf gq cy ph vn
  ng ke ir ua tr gr hu ro sk bg hr si lt lv li lu mt gg je im xyz site online top club shop store app
  dev link click live news blog cloud tech wales scot cymru london page email art website space fun
  icu vip win bid loan work today world life org family global network digital services support`;

/** Also real TLDs, but ordinary words too; a bare name ending in one needs a path ("shorturl.at/x"). */
const WORD_LIKE = "at be id in is it me no so to us am as do go my an ee";

export const KNOWN_TLDS: ReadonlySet<string> = new Set(COMMON.split(/\s+/).filter(Boolean));
export const WORD_LIKE_TLDS: ReadonlySet<string> = new Set(WORD_LIKE.split(" "));
