/**
 * The people the journeys sign in as, the ones that fail to sign in kept apart so
 * their failures never count towards another journey's rate limit.
 */
export interface TestUser {
  email: string;
  name: string;
  password: string;
  /** What `postwarden user add --role` gives them; employee unless said otherwise. */
  role?: "employee" | "admin";
}

const PASSWORD = "Wrekin-Lantern-Orchard-42";

export const USERS = {
  /** Signs in successfully in every journey that needs a signed-in person. */
  staff: { email: "sam.porter@e2e.malvern-tc.gov.uk", name: "Sam Porter", password: PASSWORD },
  wrongPassword: { email: "alex.hart@e2e.malvern-tc.gov.uk", name: "Alex Hart", password: PASSWORD },
  rateLimited: { email: "jo.reed@e2e.malvern-tc.gov.uk", name: "Jo Reed", password: PASSWORD },
  /** An administrator, who must set up two-factor sign-in before anything else. */
  admin: { email: "morgan.lee@e2e.malvern-tc.gov.uk", name: "Morgan Lee", password: PASSWORD, role: "admin" },
  /** Another administrator, sent to set up two-factor sign-in from a page they asked for. */
  returningAdmin: {
    email: "priya.shah@e2e.malvern-tc.gov.uk",
    name: "Priya Shah",
    password: PASSWORD,
    role: "admin",
  },
} satisfies Record<string, TestUser>;
