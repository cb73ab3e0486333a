import { createBrowserRouter } from "react-router";
import { AppLayout } from "../layout/AppLayout.tsx";
import { RequireSignedIn } from "./RequireSignedIn.tsx";
import { RequireTwoFactorEnrolment } from "./RequireTwoFactorEnrolment.tsx";
import { TWO_FACTOR_SETUP_PATH } from "./enrolment.ts";
import { AccountPage } from "../pages/AccountPage.tsx";
import { CheckPage } from "../pages/CheckPage.tsx";
import { HomePage } from "../pages/HomePage.tsx";
import { NotFoundPage } from "../pages/NotFoundPage.tsx";
import { SignInPage } from "../pages/SignInPage.tsx";
import { TwoFactorSetupPage } from "../pages/TwoFactorSetupPage.tsx";
import { TwoFactorSignInPage } from "../pages/TwoFactorSignInPage.tsx";

export const router = createBrowserRouter([
  {
    element: <AppLayout />,
    children: [
      { path: "/sign-in", element: <SignInPage /> },
      { path: "/sign-in/two-factor", element: <TwoFactorSignInPage /> },
      {
        element: <RequireSignedIn />,
        children: [
          // Reachable before two-factor sign-in is set up: they use only what the server allows then.
          { path: TWO_FACTOR_SETUP_PATH, element: <TwoFactorSetupPage /> },
          { path: "/account", element: <AccountPage /> },
          {
            element: <RequireTwoFactorEnrolment />,
            children: [
              { index: true, element: <HomePage /> },
              { path: "/check", element: <CheckPage /> },
            ],
          },
        ],
      },
      { path: "*", element: <NotFoundPage /> },
    ],
  },
]);
