import { useEffect } from "react";

export const SERVICE_NAME = "Postwarden";

/** Sets `<title>` the GOV.UK way: "Page – Service", with "Error: " in front while a form shows errors. */
export function usePageTitle(page: string, hasErrors = false): void {
  useEffect(() => {
    document.title = `${hasErrors ? "Error: " : ""}${page} – ${SERVICE_NAME}`;
  }, [page, hasErrors]);
}
