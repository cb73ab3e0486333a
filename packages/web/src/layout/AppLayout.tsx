import { Outlet } from "react-router";
import { useSession } from "../api/session.ts";
import { Footer } from "./Footer.tsx";
import { Header } from "./Header.tsx";
import { RouteFocus } from "./RouteFocus.tsx";
import { SkipLink } from "./SkipLink.tsx";

export const MAIN_CONTENT_ID = "main-content";

/** The frame of every page: skip link first, then the header, the main landmark and the footer. */
export function AppLayout() {
  const session = useSession();
  const user = session.data?.user ?? null;
  return (
    <>
      <RouteFocus />
      <SkipLink targetId={MAIN_CONTENT_ID} />
      <Header user={user} />
      <div className="pw-page-body">
        <div className="govuk-width-container">
          <main className="govuk-main-wrapper" id={MAIN_CONTENT_ID} tabIndex={-1}>
            <Outlet />
          </main>
        </div>
      </div>
      <Footer />
    </>
  );
}
