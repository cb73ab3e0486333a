import type { Role } from "../../roles.ts";

/** What the rest of the product sees of a user: never the password hash. */
export interface UserView {
  id: string;
  organisationId: string;
  email: string;
  name: string;
  roles: Role[];
}
