export function Footer() {
  return (
    <footer className="govuk-footer">
      <div className="govuk-width-container">
        <div className="govuk-footer__meta">
          <div className="govuk-footer__meta-item govuk-footer__meta-item--grow">
            <p className="govuk-body-s govuk-!-margin-bottom-0">
              Postwarden checks posts against the council&rsquo;s Use of Social Media Policy.
            </p>
          </div>
        </div>
      </div>
    </footer>
  );
}
