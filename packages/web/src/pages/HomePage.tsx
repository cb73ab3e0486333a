import { Link } from "react-router";
import { useSession } from "../api/session.ts";
import { useTwoFactorStatus } from "../api/two-factor.ts";
import { TWO_FACTOR_SETUP_PATH } from "../app/enrolment.ts";
import { usePageTitle } from "../app/usePageTitle.ts";

export function HomePage() {
  usePageTitle("Home");
  const user = useSession().data?.user;
  const twoFactor = useTwoFactorStatus().data;
  return (
    <div className="govuk-grid-row">
      <div className="govuk-grid-column-two-thirds">
        <h1 className="govuk-heading-l">Welcome, {user?.name}</h1>
        <p className="govuk-body-l">
          Postwarden puts the council&rsquo;s Use of Social Media Policy in the path of every post.
        </p>
        <h2 className="govuk-heading-m">What you can do</h2>
        <ul className="govuk-list pw-task-list">
          <li>
            <Link className="govuk-link govuk-!-font-weight-bold" to="/check">
              Check a post
            </Link>
            <p className="govuk-body govuk-!-margin-top-1">
              See which parts of the policy a post, a reply or your own personal post might break, before you
              publish it. The text stays in your browser.
            </p>
          </li>
          {twoFactor && !twoFactor.enabled ? (
            <li>
              <Link className="govuk-link govuk-!-font-weight-bold" to={TWO_FACTOR_SETUP_PATH}>
                Set up two-factor sign-in
              </Link>
              <p className="govuk-body govuk-!-margin-top-1">
                Keep your account safe even if someone learns your password: sign in with a code from an app
                on your phone as well.
              </p>
            </li>
          ) : null}
          <li>
            <Link className="govuk-link govuk-!-font-weight-bold" to="/account">
              Your account
            </Link>
            <p className="govuk-body govuk-!-margin-top-1">
              See your details and roles, check two-factor sign-in, or sign out of all your devices.
            </p>
          </li>
        </ul>
        <p className="govuk-body-s pw-signed-in-as">Signed in as {user?.email}</p>
      </div>
    </div>
  );
}
