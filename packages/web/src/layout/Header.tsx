import { Link, useLocation, useNavigate } from "react-router";
import type { SessionUser } from "../api/client.ts";
import { useSignOut } from "../api/session.ts";

const NAV_ITEMS = [
  { to: "/", label: "Home" },
  { to: "/check", label: "Check a post" },
  { to: "/account", label: "Your account" },
] as const;

/** The service name as plain text (no crown: this is not a GOV.UK service) and, once signed in, the navigation. */
export function Header({ user }: { user: SessionUser | null }) {
  return (
    <header className="pw-header">
      <div className="govuk-header">
        <div className="govuk-header__container govuk-width-container">
          <div className="govuk-header__logo">
            <Link to="/" className="govuk-header__link govuk-header__link--homepage pw-header__service">
              Postwarden
            </Link>
          </div>
        </div>
      </div>
      {user ? <ServiceNavigation /> : null}
    </header>
  );
}

function ServiceNavigation() {
  const { pathname } = useLocation();
  const navigate = useNavigate();
  const signOut = useSignOut();

  function handleSignOut() {
    signOut.mutate(undefined, { onSettled: () => navigate("/sign-in", { replace: true }) });
  }

  return (
    <div className="govuk-service-navigation">
      <div className="govuk-width-container">
        <div className="govuk-service-navigation__container">
          <nav aria-label="Menu" className="govuk-service-navigation__wrapper">
            <ul className="govuk-service-navigation__list">
              {NAV_ITEMS.map((item) => {
                const current = pathname === item.to;
                return (
                  <li
                    key={item.to}
                    className={`govuk-service-navigation__item${current ? " govuk-service-navigation__item--active" : ""}`}
                  >
                    <Link
                      className="govuk-service-navigation__link"
                      to={item.to}
                      aria-current={current ? "page" : undefined}
                    >
                      {current ? (
                        <strong className="govuk-service-navigation__active-fallback">{item.label}</strong>
                      ) : (
                        item.label
                      )}
                    </Link>
                  </li>
                );
              })}
              <li className="govuk-service-navigation__item pw-nav-end">
                <button
                  type="button"
                  className="govuk-service-navigation__link pw-link-button"
                  onClick={handleSignOut}
                  disabled={signOut.isPending}
                >
                  Sign out
                </button>
              </li>
            </ul>
          </nav>
        </div>
      </div>
    </div>
  );
}
