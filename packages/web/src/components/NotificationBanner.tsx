import { useId, type ReactNode } from "react";

interface NotificationBannerProps {
  /** "success" confirms something the person just did; the default is important information. */
  type?: "important" | "success";
  heading: ReactNode;
  children?: ReactNode;
}

/** The GOV.UK notification banner: a labelled region, or a status message for success. */
export function NotificationBanner({ type = "important", heading, children }: NotificationBannerProps) {
  const titleId = useId();
  const success = type === "success";
  return (
    <div
      className={`govuk-notification-banner${success ? " govuk-notification-banner--success" : ""}`}
      role={success ? "alert" : "region"}
      aria-labelledby={titleId}
      data-module="govuk-notification-banner"
    >
      <div className="govuk-notification-banner__header">
        <h2 className="govuk-notification-banner__title" id={titleId}>
          {success ? "Success" : "Important"}
        </h2>
      </div>
      <div className="govuk-notification-banner__content">
        <p className="govuk-notification-banner__heading">{heading}</p>
        {children}
      </div>
    </div>
  );
}
