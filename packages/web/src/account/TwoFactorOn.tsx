import { Link } from "react-router";
import type { TwoFactorStatus } from "../api/two-factor-status.ts";
import { usePageTitle } from "../app/usePageTitle.ts";

/** For someone who already has two-factor sign-in: what it means, and how many recovery codes are left. */
export function TwoFactorOn({ status, returnTo }: { status: TwoFactorStatus; returnTo: string }) {
  usePageTitle("Two-factor sign-in");
  const left = status.recoveryCodesLeft;
  return (
    <div className="govuk-grid-row">
      <div className="govuk-grid-column-two-thirds">
        <h1 className="govuk-heading-l">Two-factor sign-in is on</h1>
        <p className="govuk-body">
          You already have two-factor sign-in. When you sign in, you enter your password and then a security
          code from your authenticator app.
        </p>
        <p className="govuk-body">
          You have {left} recovery {left === 1 ? "code" : "codes"} left.
        </p>
        {left <= 3 ? (
          <div className="govuk-warning-text">
            <span className="govuk-warning-text__icon" aria-hidden="true">
              !
            </span>
            <strong className="govuk-warning-text__text">
              <span className="govuk-visually-hidden">Warning</span>
              When you run out of recovery codes, you cannot sign in without your authenticator app. Ask your
              Postwarden administrator for help before that happens.
            </strong>
          </div>
        ) : null}
        <p className="govuk-body">
          <Link className="govuk-link" to={returnTo === "/" ? "/account" : returnTo}>
            {returnTo === "/" ? "Go to your account" : "Continue"}
          </Link>
        </p>
      </div>
    </div>
  );
}
