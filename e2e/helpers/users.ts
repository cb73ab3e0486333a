/**
 * The people the journeys sign in as, the ones that fail to sign in kept apart so
 * their failures never count towards another journey's rate limit.
 */
export interface TestUser {
  email: string;
  name: string;
  password: string;
}

const PASSWORD = "Wrekin-Lantern-Orchard-42";

export const USERS = {
  /** Signs in successfully in every journey that needs a signed-in person. */
  staff: { email: "sam.porter@e2e.malvern-tc.gov.uk", name: "Sam Porter", password: PASSWORD },
  wrongPassword: { email: "alex.hart@e2e.malvern-tc.gov.uk", name: "Alex Hart", password: PASSWORD },
  rateLimited: { email: "jo.reed@e2e.malvern-tc.gov.uk", name: "Jo Reed", password: PASSWORD },
} satisfies Record<string, TestUser>;
