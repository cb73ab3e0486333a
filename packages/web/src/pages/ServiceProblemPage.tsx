import { usePageTitle } from "../app/usePageTitle.ts";

export function ServiceProblemPage() {
  usePageTitle("Sorry, there is a problem with the service");
  return (
    <div className="govuk-grid-row">
      <div className="govuk-grid-column-two-thirds">
        <h1 className="govuk-heading-l">Sorry, there is a problem with the service</h1>
        <p className="govuk-body">Try again later.</p>
      </div>
    </div>
  );
}
