import { useEffect, useRef, type MouseEvent } from "react";

export interface FormError {
  /** The id of the field the error is about; absent for errors about the whole form. */
  fieldId?: string;
  message: string;
}

function focusField(event: MouseEvent<HTMLAnchorElement>, fieldId: string) {
  const field = document.getElementById(fieldId);
  if (!field) return;
  event.preventDefault();
  // Show the field's label as well as the field, as GOV.UK Frontend does.
  const label = document.querySelector(`label[for="${fieldId}"]`);
  (label ?? field).scrollIntoView();
  field.focus({ preventScroll: true });
}

/** The GOV.UK "There is a problem" summary; takes focus each time a new set of errors appears. */
export function ErrorSummary({ errors }: { errors: readonly FormError[] }) {
  const ref = useRef<HTMLDivElement>(null);
  useEffect(() => {
    if (errors.length > 0) ref.current?.focus();
  }, [errors]);
  if (errors.length === 0) return null;
  return (
    <div className="govuk-error-summary" ref={ref} tabIndex={-1}>
      <div role="alert">
        <h2 className="govuk-error-summary__title">There is a problem</h2>
        <div className="govuk-error-summary__body">
          <ul className="govuk-list govuk-error-summary__list">
            {errors.map((error) => (
              <li key={`${error.fieldId ?? ""}:${error.message}`}>
                {error.fieldId ? (
                  <a href={`#${error.fieldId}`} onClick={(event) => focusField(event, error.fieldId!)}>
                    {error.message}
                  </a>
                ) : (
                  error.message
                )}
              </li>
            ))}
          </ul>
        </div>
      </div>
    </div>
  );
}
