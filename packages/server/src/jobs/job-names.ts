/** Every job the server runs, by name. */
export const JOB_NAMES = {
  sendNotificationEmail: "notification-email",
  dispatchNotificationEmails: "notification-dispatch",
  accountReviewReminders: "account-review-reminders",
  grantReviews: "grant-reviews",
  policyAcknowledgementReminders: "policy-acknowledgement-reminders",
  expireCheckout: "credential-checkout-expiry",
  dueLeavers: "due-leavers",
} as const;

export type JobName = (typeof JOB_NAMES)[keyof typeof JOB_NAMES];
