/**
 * Names phishers imitate, with the registrable domains that really belong to them.
 * - "embedded" names are so distinctive that any domain containing them, even inside a longer
 *   word, imitates them ("paypalverifycentral.com", "groupwhatsapp.example");
 * - "distinctive" names imitate when they stand as a word of a domain ("hmrc-refund.com");
 * - "ordinary" names are also everyday words or places ("apple", "amazon", "nationwide",
 *   "santander"), so only a disguised spelling counts ("amaz0n").
 */
export interface Brand {
  name: string;
  domains: readonly string[];
  distinctive: boolean;
  embedded: boolean;
}

type Kind = "embedded" | "distinctive" | "ordinary";

const brand = (name: string, domains: string[], kind: Kind): Brand => ({
  name,
  domains,
  distinctive: kind !== "ordinary",
  embedded: kind === "embedded",
});

export const BRANDS: readonly Brand[] = [
  brand("paypal", ["paypal.com", "paypal.me", "paypal.co.uk"], "embedded"),
  brand(
    "microsoft",
    ["microsoft.com", "live.com", "office.com", "microsoftonline.com", "azure.com", "sharepoint.com"],
    "embedded",
  ),
  brand("office365", ["office.com", "microsoft.com", "office365.com"], "embedded"),
  brand("outlook", ["outlook.com", "live.com", "office.com"], "ordinary"),
  brand(
    "google",
    [
      "google.com",
      "google.co.uk",
      "googleapis.com",
      "gstatic.com",
      "googleusercontent.com",
      "youtube.com",
      "goo.gl",
      "g.co",
    ],
    "distinctive",
  ),
  brand("gmail", ["gmail.com", "google.com"], "distinctive"),
  brand("apple", ["apple.com", "apple.co", "icloud.com"], "ordinary"),
  brand("icloud", ["icloud.com", "apple.com"], "embedded"),
  brand(
    "amazon",
    ["amazon.com", "amazon.co.uk", "amazon.de", "amazon.fr", "amazon.co.jp", "amazonaws.com", "amzn.to"],
    "ordinary",
  ),
  brand("facebook", ["facebook.com", "fb.com", "fb.me", "facebook.net", "meta.com"], "embedded"),
  brand("instagram", ["instagram.com"], "embedded"),
  brand("whatsapp", ["whatsapp.com", "whatsapp.net", "wa.me"], "embedded"),
  brand("linkedin", ["linkedin.com", "lnkd.in"], "embedded"),
  brand("twitter", ["twitter.com", "x.com", "t.co"], "distinctive"),
  brand("youtube", ["youtube.com", "youtu.be"], "distinctive"),
  brand("netflix", ["netflix.com"], "embedded"),
  brand("ebay", ["ebay.com", "ebay.co.uk"], "distinctive"),
  brand("dropbox", ["dropbox.com"], "embedded"),
  brand("docusign", ["docusign.com", "docusign.net"], "embedded"),
  brand("adobe", ["adobe.com"], "ordinary"),
  brand("yahoo", ["yahoo.com", "yahoo.co.uk"], "distinctive"),
  brand("hmrc", ["gov.uk"], "distinctive"),
  brand("dvla", ["gov.uk"], "distinctive"),
  brand("nhs", ["nhs.uk", "nhs.net"], "distinctive"),
  brand("royalmail", ["royalmail.com", "royalmail.co.uk"], "embedded"),
  brand("parcelforce", ["parcelforce.com"], "embedded"),
  brand("tvlicensing", ["tvlicensing.co.uk"], "embedded"),
  brand("barclays", ["barclays.co.uk", "barclays.com"], "embedded"),
  brand("hsbc", ["hsbc.co.uk", "hsbc.com"], "distinctive"),
  brand("natwest", ["natwest.com"], "embedded"),
  brand("lloyds", ["lloydsbank.com", "lloyds.com", "lloydsbankinggroup.com"], "ordinary"),
  brand("lloydsbank", ["lloydsbank.com"], "embedded"),
  brand("santander", ["santander.co.uk", "santander.com"], "ordinary"),
  brand("halifax", ["halifax.co.uk"], "ordinary"),
  brand("nationwide", ["nationwide.co.uk"], "ordinary"),
  brand("monzo", ["monzo.com"], "distinctive"),
  brand("revolut", ["revolut.com"], "distinctive"),
  brand("coinbase", ["coinbase.com"], "embedded"),
  brand("binance", ["binance.com"], "embedded"),
  brand("bankofamerica", ["bankofamerica.com"], "embedded"),
  brand("wellsfargo", ["wellsfargo.com"], "embedded"),
  brand("evri", ["evri.com"], "distinctive"),
  brand("fedex", ["fedex.com"], "distinctive"),
  brand("dhl", ["dhl.com", "dhl.co.uk"], "distinctive"),
];
