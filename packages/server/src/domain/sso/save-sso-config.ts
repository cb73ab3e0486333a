import { z } from "zod";
import type { Db } from "../../db/database.ts";
import { toTimestamp } from "../../db/time.ts";
import type { Keyring } from "../../crypto/keyring.ts";
import { recordAuditEvent } from "../audit/record-audit-event.ts";
import { parseOrThrow } from "../people/person-fields.ts";
import { sealSsoClientSecret } from "./sso-client-secret.ts";

/** https, except on this machine (a provider run locally for testing). */
function isAllowedIssuer(value: string): boolean {
  try {
    const url = new URL(value);
    if (url.protocol === "https:") return true;
    return url.protocol === "http:" && ["localhost", "127.0.0.1", "[::1]"].includes(url.hostname);
  } catch {
    return false;
  }
}

const configSchema = z.object({
  issuer: z.string().trim().max(500).refine(isAllowedIssuer, "must be an https:// URL"),
  clientId: z.string().trim().min(1).max(500),
  clientSecret: z.string().min(1).max(2000),
  allowedEmailDomain: z
    .string()
    .trim()
    .toLowerCase()
    .regex(
      /^(?=.{3,253}$)[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?(?:\.[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?)+$/,
      "must be a domain such as malvern-tc.gov.uk",
    ),
});

export type SsoConfigInput = z.input<typeof configSchema>;

export interface SaveSsoConfigProps {
  db: Db;
  keyring: Keyring;
  organisationId: string;
  actorId: string | null;
  config: SsoConfigInput;
  ip?: string | null | undefined;
  device?: string | null | undefined;
  now?: Date;
}

/** Sets the organisation's OpenID Connect provider; the client secret is sealed before it is stored. */
export async function saveSsoConfig(props: SaveSsoConfigProps): Promise<void> {
  const config = parseOrThrow(configSchema, props.config, "single sign-on settings");
  const now = props.now ?? new Date();
  const row = {
    organisation_id: props.organisationId,
    issuer: config.issuer,
    client_id: config.clientId,
    client_secret_ciphertext: sealSsoClientSecret(props.keyring, props.organisationId, config.clientSecret),
    allowed_email_domain: config.allowedEmailDomain,
    updated_at: toTimestamp(now),
  };
  await props.db.transaction().execute(async (trx) => {
    const before = await trx
      .selectFrom("sso_configs")
      .select(["issuer", "client_id", "allowed_email_domain"])
      .where("organisation_id", "=", props.organisationId)
      .executeTakeFirst();
    await trx
      .insertInto("sso_configs")
      .values(row)
      .onConflict((oc) =>
        oc.column("organisation_id").doUpdateSet({
          issuer: row.issuer,
          client_id: row.client_id,
          client_secret_ciphertext: row.client_secret_ciphertext,
          allowed_email_domain: row.allowed_email_domain,
          updated_at: row.updated_at,
        }),
      )
      .execute();
    await recordAuditEvent(trx, {
      organisationId: props.organisationId,
      actorId: props.actorId,
      action: "sso.configured",
      subjectType: "organisation",
      subjectId: props.organisationId,
      before: before ?? null,
      // The secret is never logged, only that it was set.
      after: {
        issuer: row.issuer,
        client_id: row.client_id,
        allowed_email_domain: row.allowed_email_domain,
        clientSecretSet: true,
      },
      ip: props.ip ?? null,
      device: props.device ?? null,
      at: now,
    });
  });
}
