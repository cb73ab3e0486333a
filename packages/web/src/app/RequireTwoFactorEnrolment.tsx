import { Navigate, Outlet, useLocation } from "react-router";
import { useTwoFactorStatus } from "../api/two-factor.ts";
import { LoadingPage } from "../pages/LoadingPage.tsx";
import { ServiceProblemPage } from "../pages/ServiceProblemPage.tsx";
import { twoFactorSetupPathFor } from "./enrolment.ts";

/**
 * Gate for pages that need more than enrolment: someone whose role requires two-factor sign-in
 * goes to set it up first, rather than meeting a refusal on every page.
 */
export function RequireTwoFactorEnrolment() {
  const status = useTwoFactorStatus();
  const location = useLocation();
  if (status.isPending) return <LoadingPage />;
  if (status.isError) return <ServiceProblemPage />;
  if (status.data.required && !status.data.enabled) {
    return (
      <Navigate replace to={twoFactorSetupPathFor(location.pathname + location.search + location.hash)} />
    );
  }
  return <Outlet />;
}
