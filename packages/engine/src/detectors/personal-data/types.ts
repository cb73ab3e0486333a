/** The personal data types the engine reports, named as in the evaluation data. */
export type PersonalDataType =
  | "phone"
  | "postcode"
  | "address"
  | "date"
  | "age"
  | "card_number"
  | "iban"
  | "bank_account"
  | "ni_number"
  | "nhs_number"
  | "gov_id"
  | "ip_address"
  | "reference";

export interface PersonalDataMatch {
  type: PersonalDataType;
  start: number;
  end: number;
  /** Finer detail for messages: "UK mobile", "US SSN", "passport"... */
  kind?: string;
}
