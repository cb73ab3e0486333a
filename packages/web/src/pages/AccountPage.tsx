import type { ReactNode } from "react";
import { Link } from "react-router";
import { useSession } from "../api/session.ts";
import { useTwoFactorStatus } from "../api/two-factor.ts";
import type { TwoFactorStatus } from "../api/two-factor-status.ts";
import { roleNames } from "../account/role-names.ts";
import { SignOutEverywhere } from "../account/SignOutEverywhere.tsx";
import { TWO_FACTOR_SETUP_PATH } from "../app/enrolment.ts";
import { usePageTitle } from "../app/usePageTitle.ts";

/** Who you are signed in as, whether two-factor sign-in is on, and signing out everywhere. */
export function AccountPage() {
  usePageTitle("Your account");
  const user = useSession().data?.user;
  const status = useTwoFactorStatus();
  if (!user) return null;
  const canSetUp = status.data?.enabled === false;
  return (
    <div className="govuk-grid-row">
      <div className="govuk-grid-column-two-thirds">
        <h1 className="govuk-heading-l">Your account</h1>
        <dl className="govuk-summary-list govuk-!-margin-bottom-9">
          <SummaryRow label="Name">{user.name}</SummaryRow>
          <SummaryRow label="Email address">{user.email}</SummaryRow>
          <SummaryRow label={user.roles.length === 1 ? "Role" : "Roles"}>
            {roleNames(user.roles).join(", ")}
          </SummaryRow>
          <div className={`govuk-summary-list__row${canSetUp ? "" : " govuk-summary-list__row--no-actions"}`}>
            <dt className="govuk-summary-list__key">Two-factor sign-in</dt>
            <dd className="govuk-summary-list__value">
              {status.data ? (
                <TwoFactorSummary status={status.data} />
              ) : status.isError ? (
                "Not known"
              ) : (
                "Checking…"
              )}
            </dd>
            {canSetUp ? (
              <dd className="govuk-summary-list__actions">
                <Link className="govuk-link" to={TWO_FACTOR_SETUP_PATH}>
                  Set up<span className="govuk-visually-hidden"> two-factor sign-in</span>
                </Link>
              </dd>
            ) : null}
          </div>
        </dl>
        <SignOutEverywhere />
      </div>
    </div>
  );
}

function SummaryRow({ label, children }: { label: string; children: ReactNode }) {
  return (
    <div className="govuk-summary-list__row govuk-summary-list__row--no-actions">
      <dt className="govuk-summary-list__key">{label}</dt>
      <dd className="govuk-summary-list__value">{children}</dd>
    </div>
  );
}

function TwoFactorSummary({ status }: { status: TwoFactorStatus }) {
  if (status.enabled) {
    const left = status.recoveryCodesLeft;
    return (
      <>
        On
        <br />
        <span className="pw-secondary-text">
          {left} recovery {left === 1 ? "code" : "codes"} left
        </span>
      </>
    );
  }
  return (
    <>
      Off
      {status.required ? (
        <>
          <br />
          <span className="pw-secondary-text">Your role needs it</span>
        </>
      ) : null}
    </>
  );
}
