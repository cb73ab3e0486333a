/** True when `host` is one of `domains` or a subdomain of one ("www.malvern-tc.gov.uk"). */
export function hostInDomains(host: string, domains: readonly string[]): boolean {
  for (const d of domains) {
    if (
      host === d ||
      (host.length > d.length && host.endsWith(d) && host[host.length - d.length - 1] === ".")
    )
      return true;
  }
  return false;
}

/** The first of `domains` that `host` is, or is under; undefined when none. */
export function matchingDomain(host: string, domains: readonly string[]): string | undefined {
  return domains.find((d) => hostInDomains(host, [d]));
}
