import { useState, type FormEvent } from "react";
import { Navigate, useNavigate, useSearchParams } from "react-router";
import { useSession, useSignIn } from "../api/session.ts";
import { safeReturnPath, secondStepPathFor } from "../app/return-path.ts";
import { usePageTitle } from "../app/usePageTitle.ts";
import { ErrorSummary, type FormError } from "../components/ErrorSummary.tsx";
import { NotificationBanner } from "../components/NotificationBanner.tsx";
import { TextInput } from "../components/TextInput.tsx";
import { EMAIL_FIELD, PASSWORD_FIELD, signInFailure, validateSignIn } from "./sign-in-errors.ts";
import { ssoErrors } from "./sso-errors.ts";

export function SignInPage() {
  const [searchParams] = useSearchParams();
  const returnTo = safeReturnPath(searchParams.get("returnTo"));
  const navigate = useNavigate();
  const session = useSession();
  const signIn = useSignIn();
  const [email, setEmail] = useState("");
  const [password, setPassword] = useState("");
  // A refused single sign-on comes back here with its reason.
  const [errors, setErrors] = useState<FormError[]>(() => ssoErrors(searchParams.get("sso_error")));
  // Set by the account page after ending every session.
  const signedOutEverywhere = searchParams.get("signed_out") === "everywhere";
  usePageTitle("Sign in", errors.length > 0);

  if (session.data?.user && !signIn.isPending) return <Navigate replace to={returnTo} />;

  function handleSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const problems = validateSignIn(email, password);
    setErrors(problems);
    if (problems.length > 0) return;
    signIn.mutate(
      { email: email.trim(), password },
      {
        onSuccess: (outcome) =>
          navigate(outcome.kind === "signed-in" ? returnTo : secondStepPathFor(returnTo), { replace: true }),
        onError: (error) => {
          setPassword("");
          setErrors(signInFailure(error));
        },
      },
    );
  }

  const errorFor = (fieldId: string) => errors.find((e) => e.fieldId === fieldId)?.message;

  return (
    <div className="govuk-grid-row">
      <div className="govuk-grid-column-two-thirds">
        <ErrorSummary errors={errors} />
        {signedOutEverywhere && errors.length === 0 ? (
          <NotificationBanner type="success" heading="You have been signed out of all devices" />
        ) : null}
        <h1 className="govuk-heading-l">Sign in</h1>
        <p className="govuk-body">Sign in with the email address and password your council gave you.</p>
        <form onSubmit={handleSubmit} noValidate>
          <TextInput
            id={EMAIL_FIELD}
            name="email"
            type="email"
            label="Email address"
            autoComplete="email"
            spellCheck={false}
            value={email}
            onChange={(event) => setEmail(event.target.value)}
            error={errorFor(EMAIL_FIELD)}
          />
          <TextInput
            id={PASSWORD_FIELD}
            name="password"
            type="password"
            label="Password"
            autoComplete="current-password"
            value={password}
            onChange={(event) => setPassword(event.target.value)}
            error={errorFor(PASSWORD_FIELD)}
          />
          <button
            type="submit"
            className="govuk-button"
            data-module="govuk-button"
            disabled={signIn.isPending}
          >
            Sign in
          </button>
        </form>
      </div>
    </div>
  );
}
