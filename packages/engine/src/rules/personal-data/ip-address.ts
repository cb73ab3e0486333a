import { IDENTIFYING, personalDataRule } from "./personal-data-rule.ts";

/** IPv4 and IPv6 addresses, which identify a household's or a device's connection. */
export const ipAddressRule = personalDataRule({
  id: "personal-data/ip-address",
  types: ["ip_address"],
  severity: IDENTIFYING,
  description:
    "Finds IPv4 and IPv6 addresses, which the ICO treats as personal data when they identify a connection.",
  message: "This is an IP address ({value}). It can identify a person's connection; leave it out.",
  suggestion: "[IP address removed]",
});
