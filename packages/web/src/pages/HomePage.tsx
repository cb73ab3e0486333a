import { Link } from "react-router";
import { useSession } from "../api/session.ts";
import { usePageTitle } from "../app/usePageTitle.ts";

export function HomePage() {
  usePageTitle("Home");
  const user = useSession().data?.user;
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
        </ul>
        <p className="govuk-body-s pw-signed-in-as">Signed in as {user?.email}</p>
      </div>
    </div>
  );
}
