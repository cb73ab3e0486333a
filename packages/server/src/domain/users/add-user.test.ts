import { expect, it } from "vitest";
import { describeEachDialect } from "../../testing/dialects.ts";
import { buildOrganisation } from "../../testing/factories.ts";
import { addUser } from "./add-user.ts";

describeEachDialect("addUser", (ctx) => {
  it("stores roles as rows and the email lower-cased", async () => {
    const organisation = await buildOrganisation(ctx.db);
    const user = await addUser({
      db: ctx.db,
      organisationId: organisation.id,
      email: " Jo.Bloggs@Malvern.example ",
      name: "Jo Bloggs",
      roles: ["auditor", "employee", "employee"],
      password: "a long enough password",
    });
    expect(user.email).toBe("jo.bloggs@malvern.example");
    expect(user.roles).toEqual(["employee", "auditor"]);
    const rows = await ctx.db
      .selectFrom("user_roles")
      .select("role")
      .where("user_id", "=", user.id)
      .orderBy("role")
      .execute();
    expect(rows.map((r) => r.role)).toEqual(["auditor", "employee"]);
  });

  it("refuses an email already used in the organisation with conflict", async () => {
    const organisation = await buildOrganisation(ctx.db);
    const props = {
      db: ctx.db,
      organisationId: organisation.id,
      email: "same@malvern.example",
      name: "A",
      roles: ["employee"] as const,
      password: "a long enough password",
    };
    await addUser(props);
    await expect(addUser({ ...props, email: "SAME@malvern.example" })).rejects.toMatchObject({
      code: "conflict",
    });
  });

  it("allows the same email in another organisation", async () => {
    const [first, second] = [await buildOrganisation(ctx.db), await buildOrganisation(ctx.db)];
    const base = {
      db: ctx.db,
      email: "shared@example.gov.uk",
      name: "A",
      roles: ["employee"] as const,
      password: "a long enough password",
    };
    await addUser({ ...base, organisationId: first.id });
    await expect(addUser({ ...base, organisationId: second.id })).resolves.toMatchObject({
      organisationId: second.id,
    });
  });

  it("names each problem with the input", async () => {
    const organisation = await buildOrganisation(ctx.db);
    const attempt = addUser({
      db: ctx.db,
      organisationId: organisation.id,
      email: "not-an-email",
      name: " ",
      roles: [],
      password: "short",
    });
    await expect(attempt).rejects.toMatchObject({ code: "validation_failed" });
    await expect(attempt).rejects.toThrow(/email.*name.*roles.*password/s);
  });
});
