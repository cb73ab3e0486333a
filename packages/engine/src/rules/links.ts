import type { Rule } from "../rule.ts";
import { denyListRule } from "./links/deny-list.ts";
import { downloadRule } from "./links/download.ts";
import { insecureHttpRule } from "./links/insecure-http.ts";
import { ipHostRule } from "./links/ip-host.ts";
import { lookalikeRule } from "./links/lookalike.ts";
import { shortenerRule } from "./links/shortener.ts";
import { urlInventoryRule } from "./links/url-inventory.ts";

/** The links rules, in the order they run. */
export const linksRules: Rule[] = [
  denyListRule,
  lookalikeRule,
  downloadRule,
  ipHostRule,
  shortenerRule,
  insecureHttpRule,
  urlInventoryRule,
];
