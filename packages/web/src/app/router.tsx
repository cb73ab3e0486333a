import { createBrowserRouter } from "react-router";
import { AppLayout } from "../layout/AppLayout.tsx";
import { RequireSignedIn } from "./RequireSignedIn.tsx";
import { CheckPage } from "../pages/CheckPage.tsx";
import { HomePage } from "../pages/HomePage.tsx";
import { NotFoundPage } from "../pages/NotFoundPage.tsx";
import { SignInPage } from "../pages/SignInPage.tsx";

export const router = createBrowserRouter([
  {
    element: <AppLayout />,
    children: [
      { path: "/sign-in", element: <SignInPage /> },
      {
        element: <RequireSignedIn />,
        children: [
          { index: true, element: <HomePage /> },
          { path: "/check", element: <CheckPage /> },
        ],
      },
      { path: "*", element: <NotFoundPage /> },
    ],
  },
]);
