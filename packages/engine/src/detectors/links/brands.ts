/**
 * Names phishers imitate, with the registrable domains that really belong to them.
 * `distinctive` names are rarely part of an honest unrelated domain, so any domain that
 * carries one as a word ("hmrc-refund.com") imitates it; the others ("apple", "amazon",
 * "nationwide") are ordinary words, so only a disguised spelling counts ("amaz0n").
 */
export interface Brand {
  name: string;
  domains: readonly string[];
  distinctive: boolean;
}

const brand = (name: string, domains: string[], distinctive = true): Brand => ({
  name,
  domains,
  distinctive,
});

export const BRANDS: readonly Brand[] = [
  brand("paypal", ["paypal.com", "paypal.me", "paypal.co.uk"]),
  brand("microsoft", [
    "microsoft.com",
    "live.com",
    "office.com",
    "microsoftonline.com",
    "azure.com",
    "sharepoint.com",
  ]),
  brand("office365", ["office.com", "microsoft.com", "office365.com"]),
  brand("outlook", ["outlook.com", "live.com", "office.com"], false),
  brand("google", [
    "google.com",
    "google.co.uk",
    "googleapis.com",
    "gstatic.com",
    "googleusercontent.com",
    "youtube.com",
    "goo.gl",
    "g.co",
  ]),
  brand("gmail", ["gmail.com", "google.com"]),
  brand("apple", ["apple.com", "apple.co", "icloud.com"], false),
  brand("icloud", ["icloud.com", "apple.com"]),
  brand("amazon", ["amazon.com", "amazon.co.uk", "amazon.de", "amazonaws.com", "amzn.to"], false),
  brand("facebook", ["facebook.com", "fb.com", "fb.me", "facebook.net", "meta.com"]),
  brand("instagram", ["instagram.com"]),
  brand("whatsapp", ["whatsapp.com", "whatsapp.net", "wa.me"]),
  brand("linkedin", ["linkedin.com", "lnkd.in"]),
  brand("twitter", ["twitter.com", "x.com", "t.co"]),
  brand("youtube", ["youtube.com", "youtu.be"]),
  brand("netflix", ["netflix.com"]),
  brand("ebay", ["ebay.com", "ebay.co.uk"]),
  brand("dropbox", ["dropbox.com"]),
  brand("docusign", ["docusign.com", "docusign.net"]),
  brand("adobe", ["adobe.com"], false),
  brand("yahoo", ["yahoo.com", "yahoo.co.uk"]),
  brand("hmrc", ["gov.uk"]),
  brand("dvla", ["gov.uk"]),
  brand("nhs", ["nhs.uk", "nhs.net"]),
  brand("royalmail", ["royalmail.com", "royalmail.co.uk"]),
  brand("parcelforce", ["parcelforce.com"]),
  brand("tvlicensing", ["tvlicensing.co.uk"]),
  brand("barclays", ["barclays.co.uk", "barclays.com"]),
  brand("hsbc", ["hsbc.co.uk", "hsbc.com"]),
  brand("natwest", ["natwest.com"]),
  brand("lloyds", ["lloydsbank.com", "lloyds.com", "lloydsbankinggroup.com"], false),
  brand("lloydsbank", ["lloydsbank.com"]),
  brand("santander", ["santander.co.uk", "santander.com"]),
  brand("halifax", ["halifax.co.uk"], false),
  brand("nationwide", ["nationwide.co.uk"], false),
  brand("monzo", ["monzo.com"]),
  brand("revolut", ["revolut.com"]),
  brand("coinbase", ["coinbase.com"]),
  brand("binance", ["binance.com"]),
  brand("evri", ["evri.com"]),
  brand("fedex", ["fedex.com"]),
  brand("dhl", ["dhl.com", "dhl.co.uk"]),
];
