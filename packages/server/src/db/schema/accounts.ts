import type { Selectable } from "kysely";

/** Platforms from scope.channels, plus the federated ones councils now use. */
export const PLATFORMS = [
  "facebook",
  "twitter",
  "linkedin",
  "yammer",
  "flickr",
  "youtube",
  "instagram",
  "blog",
  "forum",
  "mastodon",
  "bluesky",
] as const;
export type Platform = (typeof PLATFORMS)[number];

export const TWO_FACTOR_STATUSES = ["enabled", "disabled", "unknown"] as const;
export type TwoFactorStatus = (typeof TWO_FACTOR_STATUSES)[number];

/** An authorised council account on a social platform (procedure.1). */
export interface AccountsTable {
  id: string;
  organisation_id: string;
  platform: Platform;
  handle: string;
  display_name: string;
  url: string | null;
  owner_id: string | null;
  two_factor: TwoFactorStatus;
  last_access_review_at: string | null;
  review_interval_days: number;
  archived_at: string | null;
  created_at: string;
  updated_at: string;
}

export type AccountRow = Selectable<AccountsTable>;
