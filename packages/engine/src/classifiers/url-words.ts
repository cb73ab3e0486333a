/**
 * Word lists for the link model: what phishing URLs are made of, written from general
 * knowledge of phishing kits rather than learned from any one data set. They describe how a
 * link is built (a bank's name on someone else's domain, "verify" in a subdomain, a page on a
 * free site builder), so a model reading them generalises to hosts it has never seen.
 */

/** Words that ask for credentials or urgent action. */
export const CREDENTIAL_WORDS: ReadonlySet<string> = new Set(
  (
    "login logon signin sign log account accounts verify verification verified validate validation confirm " +
    "secure security update unlock unlocked suspend suspended restore recovery recover password passwd " +
    "auth authenticate authentication webscr cmd banking bank ebanking onlinebanking wallet billing invoice " +
    "payment pay refund support helpdesk customer service session token identity id kyc alert notice " +
    "limited access approve activation activate reactivate authorize authorise credential credentials " +
    "owa webmail mailbox outlook portal client clients"
  ).split(" "),
);

/** Brands that phishing kits imitate most often. */
export const BRAND_WORDS: ReadonlySet<string> = new Set(
  (
    "paypal apple icloud itunes appleid microsoft office office365 outlook hotmail live onedrive sharepoint " +
    "google gmail amazon netflix ebay facebook instagram whatsapp linkedin twitter yahoo aol dropbox docusign " +
    "adobe chase wellsfargo bankofamerica citibank citi hsbc barclays natwest lloyds santander halifax " +
    "nationwide monzo revolut coinbase binance blockchain metamask steam usps fedex dhl ups royalmail hmrc " +
    "dvla gov irs americanexpress amex visa mastercard alibaba aliexpress walmart att verizon comcast " +
    "orange sfr rakuten bradesco itau caixa"
  ).split(" "),
);

/** Registrable domains where anyone can publish a page or point a name for free. */
export const FREE_HOSTS: ReadonlySet<string> = new Set(
  (
    "000webhostapp.com weebly.com wixsite.com wix.com blogspot.com wordpress.com firebaseapp.com web.app " +
    "herokuapp.com glitch.me netlify.app vercel.app github.io gitlab.io pages.dev workers.dev repl.co " +
    "azurewebsites.net cloudfront.net appspot.com ngrok.io duckdns.org no-ip.com ddns.net hopto.org " +
    "zapto.org sytes.net servehttp.com myftp.org dynu.net freenom.com biz.nf 16mb.com esy.es " +
    "atwebpages.com byethost.com epizy.com rf.gd infinityfreeapp.com square.site godaddysites.com " +
    "yolasite.com jimdosite.com sites.google.com storage.googleapis.com ipfs.io"
  ).split(" "),
);

/** Link shorteners: common in honest posts, and the model should not treat them as suspect. */
export const SHORTENERS: ReadonlySet<string> = new Set(
  "bit.ly bitly.com tinyurl.com t.co ow.ly goo.gl is.gd buff.ly rebrand.ly cutt.ly tiny.cc rb.gy lnkd.in trib.al dlvr.it fb.me youtu.be".split(
    " ",
  ),
);

/** Endings that registrars give away or sell for pennies, and that phishing favours. */
export const CHEAP_ENDINGS: ReadonlySet<string> = new Set(
  "tk ml ga cf gq xyz top icu club online site website live buzz rest fun space shop store info bid win loan work click link ru cn su pw cc ws".split(
    " ",
  ),
);

/** Query keys that usually carry a destination: an open redirect hides where a link goes. */
export const REDIRECT_KEYS: ReadonlySet<string> = new Set(
  "url redirect redirect_uri redir next return returnurl return_url goto dest destination target continue r u".split(
    " ",
  ),
);

/** Page types seen in phishing kits: scripts and saved pages deep inside someone else's site. */
export const SCRIPT_TYPES: ReadonlySet<string> = new Set(
  "php html htm asp aspx jsp cgi exe zip js".split(" "),
);
