import { usePageTitle } from "../app/usePageTitle.ts";

export function LoadingPage() {
  usePageTitle("Loading");
  return (
    <p className="govuk-body" role="status">
      Loading&hellip;
    </p>
  );
}
