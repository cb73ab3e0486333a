import { Navigate, Outlet, useLocation } from "react-router";
import { useSession } from "../api/session.ts";
import { LoadingPage } from "../pages/LoadingPage.tsx";
import { ServiceProblemPage } from "../pages/ServiceProblemPage.tsx";
import { signInPathFor } from "./return-path.ts";

/** Gate for signed-in pages: visitors go to the sign-in page and come back here afterwards. */
export function RequireSignedIn() {
  const session = useSession();
  const location = useLocation();
  if (session.isPending) return <LoadingPage />;
  if (session.isError) return <ServiceProblemPage />;
  if (!session.data.user) {
    return <Navigate replace to={signInPathFor(location.pathname + location.search + location.hash)} />;
  }
  return <Outlet />;
}
