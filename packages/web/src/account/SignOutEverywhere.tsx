import { useEffect, useRef, useState } from "react";
import { useSignOutEverywhere } from "../api/account.ts";

/** "Sign out of all devices", with a second, explicit confirmation before it happens. */
export function SignOutEverywhere() {
  const signOutEverywhere = useSignOutEverywhere();
  const [confirming, setConfirming] = useState(false);
  const confirmHeading = useRef<HTMLHeadingElement>(null);
  const startButton = useRef<HTMLButtonElement>(null);
  const wasConfirming = useRef(false);

  // Focus follows the question as it opens, and returns to the button if the person cancels.
  useEffect(() => {
    if (confirming) confirmHeading.current?.focus();
    else if (wasConfirming.current) startButton.current?.focus();
    wasConfirming.current = confirming;
  }, [confirming]);

  function signOut() {
    signOutEverywhere.mutate();
  }

  return (
    <section aria-labelledby="sign-out-everywhere-heading">
      <h2 className="govuk-heading-m" id="sign-out-everywhere-heading">
        Sign out of all devices
      </h2>
      <p className="govuk-body">
        If you have lost a phone or computer you use for Postwarden, or you think someone else has used your
        account, sign out everywhere. You will need to sign in again on this device too.
      </p>
      {signOutEverywhere.isError ? (
        <p className="govuk-error-message" role="alert">
          <span className="govuk-visually-hidden">Error:</span> You could not be signed out of all devices.
          Try again.
        </p>
      ) : null}
      {confirming ? (
        <div className="pw-confirm">
          <h3 className="govuk-heading-s pw-route-focus" ref={confirmHeading} tabIndex={-1}>
            Are you sure you want to sign out of all devices?
          </h3>
          <div className="govuk-warning-text">
            <span className="govuk-warning-text__icon" aria-hidden="true">
              !
            </span>
            <strong className="govuk-warning-text__text">
              <span className="govuk-visually-hidden">Warning</span>
              This signs you out on every device, including this one.
            </strong>
          </div>
          <div className="govuk-button-group">
            <button
              type="button"
              className="govuk-button govuk-button--warning"
              data-module="govuk-button"
              onClick={signOut}
              disabled={signOutEverywhere.isPending}
            >
              Yes, sign out of all devices
            </button>
            <button
              type="button"
              className="govuk-button govuk-button--secondary"
              data-module="govuk-button"
              onClick={() => setConfirming(false)}
            >
              Cancel
            </button>
          </div>
        </div>
      ) : (
        <button
          type="button"
          ref={startButton}
          className="govuk-button govuk-button--secondary"
          data-module="govuk-button"
          onClick={() => setConfirming(true)}
        >
          Sign out of all devices
        </button>
      )}
    </section>
  );
}
