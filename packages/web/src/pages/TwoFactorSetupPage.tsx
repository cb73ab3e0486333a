import { useState, type FormEvent } from "react";
import { useNavigate, useSearchParams } from "react-router";
import { useConfirmTwoFactor, useTwoFactorStatus } from "../api/two-factor.ts";
import { RecoveryCodes } from "../account/RecoveryCodes.tsx";
import { SetupKey } from "../account/SetupKey.tsx";
import { checkSetupCode, SETUP_CODE_FIELD, setupFailure } from "../account/setup-code.ts";
import { TwoFactorOn } from "../account/TwoFactorOn.tsx";
import { safeReturnPath } from "../app/return-path.ts";
import { usePageTitle } from "../app/usePageTitle.ts";
import { ErrorSummary, type FormError } from "../components/ErrorSummary.tsx";
import { NotificationBanner } from "../components/NotificationBanner.tsx";
import { TextInput } from "../components/TextInput.tsx";
import { LoadingPage } from "./LoadingPage.tsx";
import { ServiceProblemPage } from "./ServiceProblemPage.tsx";

/** Setting up an authenticator app: the key, a code to prove it works, then the recovery codes. */
export function TwoFactorSetupPage() {
  const [searchParams] = useSearchParams();
  const returnTo = safeReturnPath(searchParams.get("returnTo"));
  const navigate = useNavigate();
  const status = useTwoFactorStatus();
  const confirm = useConfirmTwoFactor();

  // The codes come first: the status turns to "on" while they are still on screen.
  if (confirm.data) {
    return (
      <RecoveryCodes
        codes={confirm.data.recoveryCodes}
        onContinue={() => navigate(returnTo, { replace: true })}
      />
    );
  }
  if (status.isPending) return <LoadingPage />;
  if (status.isError) return <ServiceProblemPage />;
  if (status.data.enabled && !confirm.isPending)
    return <TwoFactorOn status={status.data} returnTo={returnTo} />;
  return <SetUpForm required={status.data.required} confirm={confirm} />;
}

interface SetUpFormProps {
  required: boolean;
  confirm: ReturnType<typeof useConfirmTwoFactor>;
}

function SetUpForm({ required, confirm }: SetUpFormProps) {
  const status = useTwoFactorStatus();
  const [code, setCode] = useState("");
  const [errors, setErrors] = useState<FormError[]>([]);
  usePageTitle("Set up two-factor sign-in", errors.length > 0);

  function handleSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const checked = checkSetupCode(code);
    if ("error" in checked) {
      setErrors([checked.error]);
      return;
    }
    setErrors([]);
    confirm.mutate(checked.code, {
      onError: (error) => {
        const failure = setupFailure(error);
        setCode("");
        if (failure.alreadyOn) void status.refetch();
        setErrors(failure.errors);
      },
    });
  }

  return (
    <div className="govuk-grid-row">
      <div className="govuk-grid-column-two-thirds">
        <ErrorSummary errors={errors} />
        {required ? (
          <NotificationBanner heading="Your role needs two-factor sign-in">
            <p className="govuk-body">
              Because you are an administrator or can act on the council&rsquo;s social media accounts, you
              need to set up two-factor sign-in before you can carry on using Postwarden. It takes about 2
              minutes.
            </p>
          </NotificationBanner>
        ) : null}
        <h1 className="govuk-heading-l">Set up two-factor sign-in</h1>
        <p className="govuk-body">
          Two-factor sign-in keeps your Postwarden account safe even if someone learns your password. Each
          time you sign in, you will enter your password and then a 6-digit security code from an app on your
          phone or computer.
        </p>

        <h2 className="govuk-heading-m">1. Get an authenticator app</h2>
        <p className="govuk-body">
          Use any authenticator app, such as Microsoft Authenticator, Google Authenticator, or the one your
          council&rsquo;s IT team recommends. If you do not have one, install it from your phone&rsquo;s app
          store.
        </p>

        <h2 className="govuk-heading-m">2. Add Postwarden to the app</h2>
        <SetupKey enabled={!confirm.isPending} />

        <h2 className="govuk-heading-m">3. Check it works</h2>
        <form onSubmit={handleSubmit} noValidate>
          <TextInput
            id={SETUP_CODE_FIELD}
            name="code"
            label="Enter the 6-digit code from your app"
            hint="The app shows a new code every 30 seconds. Use the newest one."
            width={10}
            autoComplete="one-time-code"
            inputMode="numeric"
            spellCheck={false}
            value={code}
            onChange={(event) => setCode(event.target.value)}
            error={errors.find((e) => e.fieldId === SETUP_CODE_FIELD)?.message}
          />
          <button
            type="submit"
            className="govuk-button"
            data-module="govuk-button"
            disabled={confirm.isPending}
          >
            Turn on two-factor sign-in
          </button>
        </form>
      </div>
    </div>
  );
}
