/**
 * The people the journeys sign in as, one per journey so that one journey's failed
 * sign-ins never count towards another's rate limit.
 */
export interface TestUser {
  email: string;
  name: string;
  password: string;
}

const PASSWORD = "Wrekin-Lantern-Orchard-42";

export const USERS = {
  journey: { email: "sam.porter@e2e.malvern-tc.gov.uk", name: "Sam Porter", password: PASSWORD },
  keyboard: { email: "kim.lewis@e2e.malvern-tc.gov.uk", name: "Kim Lewis", password: PASSWORD },
  wrongPassword: { email: "alex.hart@e2e.malvern-tc.gov.uk", name: "Alex Hart", password: PASSWORD },
  rateLimited: { email: "jo.reed@e2e.malvern-tc.gov.uk", name: "Jo Reed", password: PASSWORD },
  checker: { email: "priya.shah@e2e.malvern-tc.gov.uk", name: "Priya Shah", password: PASSWORD },
} satisfies Record<string, TestUser>;
