import { useEffect, useRef } from "react";
import { usePageTitle } from "../app/usePageTitle.ts";
import { NotificationBanner } from "../components/NotificationBanner.tsx";

interface RecoveryCodesProps {
  codes: readonly string[];
  onContinue: () => void;
}

/** The ten recovery codes, shown this once, with advice on keeping them. */
export function RecoveryCodes({ codes, onContinue }: RecoveryCodesProps) {
  usePageTitle("Save your recovery codes");
  const heading = useRef<HTMLHeadingElement>(null);
  // The page changed without a new address: start reading from its new heading.
  useEffect(() => heading.current?.focus(), []);
  return (
    <div className="govuk-grid-row">
      <div className="govuk-grid-column-two-thirds">
        <NotificationBanner type="success" heading="Two-factor sign-in is now on" />
        <h1 className="govuk-heading-l pw-route-focus" ref={heading} tabIndex={-1}>
          Save your recovery codes
        </h1>
        <p className="govuk-body">
          If you lose your phone or cannot use your authenticator app, you can sign in with one of these codes
          instead of a security code. Each code works only once.
        </p>
        <div className="govuk-warning-text">
          <span className="govuk-warning-text__icon" aria-hidden="true">
            !
          </span>
          <strong className="govuk-warning-text__text">
            <span className="govuk-visually-hidden">Warning</span>
            You will not be able to see these codes again. Save them now.
          </strong>
        </div>
        <ol className="govuk-list govuk-list--number pw-recovery-codes" data-testid="recovery-codes">
          {codes.map((code) => (
            <li key={code}>
              <code className="pw-recovery-codes__code">{code}</code>
            </li>
          ))}
        </ol>
        <p className="govuk-body">
          Keep them somewhere only you can get to, such as a password manager, or print them and keep them
          locked away. Do not keep them on the same phone as your authenticator app.
        </p>
        <div className="govuk-button-group">
          <button type="button" className="govuk-button" data-module="govuk-button" onClick={onContinue}>
            Continue
          </button>
          <button
            type="button"
            className="govuk-button govuk-button--secondary"
            data-module="govuk-button"
            onClick={() => window.print()}
          >
            Print these codes
          </button>
        </div>
      </div>
    </div>
  );
}
