import { useState, type FormEvent } from "react";
import { Link, Navigate, useNavigate, useSearchParams } from "react-router";
import { useSession } from "../api/session.ts";
import { useCompleteTwoFactor } from "../api/two-factor.ts";
import { safeReturnPath, signInPathFor } from "../app/return-path.ts";
import { usePageTitle } from "../app/usePageTitle.ts";
import { ErrorSummary, type FormError } from "../components/ErrorSummary.tsx";
import { TextInput } from "../components/TextInput.tsx";
import {
  chooseCode,
  RECOVERY_CODE_FIELD,
  SECURITY_CODE_FIELD,
  secondStepFailure,
} from "./two-factor-errors.ts";

/** The second step of signing in for someone with two-factor sign-in: a code from their app. */
export function TwoFactorSignInPage() {
  const [searchParams] = useSearchParams();
  const returnTo = safeReturnPath(searchParams.get("returnTo"));
  const navigate = useNavigate();
  const session = useSession();
  const complete = useCompleteTwoFactor();
  const [securityCode, setSecurityCode] = useState("");
  const [recoveryCode, setRecoveryCode] = useState("");
  const [recoveryOpen, setRecoveryOpen] = useState(false);
  const [errors, setErrors] = useState<FormError[]>([]);
  const [startAgain, setStartAgain] = useState(false);
  usePageTitle("Enter your security code", errors.length > 0);

  if (session.data?.user && !complete.isPending) return <Navigate replace to={returnTo} />;

  function handleSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const choice = chooseCode(securityCode, recoveryCode);
    if ("error" in choice) {
      setErrors([choice.error]);
      return;
    }
    setErrors([]);
    complete.mutate(choice.code, {
      onSuccess: () => navigate(returnTo, { replace: true }),
      onError: (error) => {
        const failure = secondStepFailure(error, choice.field);
        // A code is never worth keeping: the next one will be different.
        setSecurityCode("");
        setRecoveryCode("");
        if (failure.errors.some((e) => e.fieldId === RECOVERY_CODE_FIELD)) setRecoveryOpen(true);
        setStartAgain(failure.startAgain);
        setErrors(failure.errors);
      },
    });
  }

  const errorFor = (fieldId: string) => errors.find((e) => e.fieldId === fieldId)?.message;

  return (
    <div className="govuk-grid-row">
      <div className="govuk-grid-column-two-thirds">
        <ErrorSummary errors={errors} />
        <h1 className="govuk-heading-l">Enter your security code</h1>
        {startAgain ? (
          <p className="govuk-body">
            <Link className="govuk-link" to={signInPathFor(returnTo)}>
              Sign in again
            </Link>
          </p>
        ) : (
          <>
            <p className="govuk-body">
              Open the authenticator app on your phone or computer and enter the 6-digit security code it
              shows for Postwarden.
            </p>
            <form onSubmit={handleSubmit} noValidate>
              <TextInput
                id={SECURITY_CODE_FIELD}
                name="securityCode"
                label="Security code"
                hint="The code changes every 30 seconds. Use the newest one."
                width={10}
                autoComplete="one-time-code"
                inputMode="numeric"
                spellCheck={false}
                value={securityCode}
                onChange={(event) => setSecurityCode(event.target.value)}
                error={errorFor(SECURITY_CODE_FIELD)}
              />
              <details
                className="govuk-details"
                open={recoveryOpen}
                onToggle={(event) => setRecoveryOpen(event.currentTarget.open)}
              >
                <summary className="govuk-details__summary">
                  <span className="govuk-details__summary-text">Use a recovery code instead</span>
                </summary>
                <div className="govuk-details__text">
                  <p className="govuk-body">
                    If you cannot use your authenticator app, enter one of the recovery codes you saved when
                    you set up two-factor sign-in. Each recovery code works only once.
                  </p>
                  <TextInput
                    id={RECOVERY_CODE_FIELD}
                    name="recoveryCode"
                    label="Recovery code"
                    hint="For example, k7m2p-x9qrt"
                    width={10}
                    autoComplete="off"
                    autoCapitalize="none"
                    spellCheck={false}
                    value={recoveryCode}
                    onChange={(event) => setRecoveryCode(event.target.value)}
                    error={errorFor(RECOVERY_CODE_FIELD)}
                  />
                  <p className="govuk-body">
                    If you have no recovery codes left, contact your Postwarden administrator.
                  </p>
                </div>
              </details>
              <button
                type="submit"
                className="govuk-button"
                data-module="govuk-button"
                disabled={complete.isPending}
              >
                Continue
              </button>
            </form>
          </>
        )}
      </div>
    </div>
  );
}
