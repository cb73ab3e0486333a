import type { EngineContext } from "@postwarden/engine";

/** A deployment as a town council would configure it: its staff, and a local election under way. */
export function realisticContext(now = new Date()): EngineContext {
  const day = 24 * 60 * 60 * 1000;
  return {
    now,
    staffNames: [
      "Linda Blake",
      "Ravi Patel",
      "Siobhan O'Connor",
      "Tom Hughes",
      "Aisha Rahman",
      "Gareth Jones",
      "Megan Price",
      "David Okafor",
      "Sarah Whitfield",
      "Piotr Nowak",
      "Emma Clarke",
      "James Fletcher",
    ],
    electionPeriods: [
      {
        name: "Malvern Town Council by-election (Chase ward)",
        start: new Date(now.getTime() - 20 * day).toISOString(),
        end: new Date(now.getTime() + 15 * day).toISOString(),
        candidates: ["Helen Morris", "Richard Evans", "Priya Shah", "Colin Baker"],
        wards: ["Chase"],
      },
    ],
    allowDomains: ["malvernhills.gov.uk", "worcestershire.gov.uk"],
  };
}
