import { Fragment } from "react";
import { useTwoFactorSetup } from "../api/two-factor.ts";
import { secretGroups } from "./secret-groups.ts";
import { SetupQrCode } from "./SetupQrCode.tsx";

/** The new secret as a QR code to scan, as text to type into an authenticator app, and a link for an app on this device. */
export function SetupKey({ enabled }: { enabled: boolean }) {
  const setup = useTwoFactorSetup(enabled);
  if (setup.isPending) {
    return (
      <p className="govuk-body" role="status">
        Getting your setup key&hellip;
      </p>
    );
  }
  if (setup.isError) {
    return (
      <div className="govuk-warning-text">
        <span className="govuk-warning-text__icon" aria-hidden="true">
          !
        </span>
        <strong className="govuk-warning-text__text">
          <span className="govuk-visually-hidden">Warning</span>
          Your setup key could not be created. Reload the page to try again.
        </strong>
      </div>
    );
  }
  return (
    <>
      <p className="govuk-body">
        In the app, choose to add an account and scan this QR code with your phone&rsquo;s camera.
      </p>
      <SetupQrCode uri={setup.data.uri} />
      <p className="govuk-body">
        If you cannot scan it, choose to enter a setup key instead and type in this key. If the app asks what
        type of key it is, choose &ldquo;time based&rdquo;.
      </p>
      <p className="govuk-body govuk-!-margin-bottom-2 govuk-!-font-weight-bold">Your setup key:</p>
      <p className="pw-setup-key" data-testid="setup-key">
        {/* Real spaces between the groups, outside them: lines can break there, a copy gives text
            an app accepts, and screen readers pause. */}
        {secretGroups(setup.data.secret).map((group, index) => (
          <Fragment key={index}>
            {index > 0 ? " " : null}
            <span className="pw-setup-key__group">{group}</span>
          </Fragment>
        ))}
      </p>
      <div className="govuk-inset-text">
        Keep this key private. Anyone who has it can make your security codes.
      </div>
      <p className="govuk-body">
        If the authenticator app is on this device, you can add Postwarden to it directly:{" "}
        <a className="govuk-link" href={setup.data.uri}>
          Open in an authenticator app on this device
        </a>
      </p>
    </>
  );
}
