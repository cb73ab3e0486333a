import type { Rule } from "../rule.ts";
import { addressRule } from "./personal-data/address.ts";
import { ageRule } from "./personal-data/age.ts";
import { bankAccountRule } from "./personal-data/bank-account.ts";
import { cardNumberRule } from "./personal-data/card-number.ts";
import { dateOfBirthRule } from "./personal-data/date-of-birth.ts";
import { emailRule } from "./personal-data/email.ts";
import { govIdRule } from "./personal-data/gov-id.ts";
import { ibanRule } from "./personal-data/iban.ts";
import { ipAddressRule } from "./personal-data/ip-address.ts";
import { nhsNumberRule } from "./personal-data/nhs-number.ts";
import { niNumberRule } from "./personal-data/ni-number.ts";
import { phoneRule } from "./personal-data/phone.ts";
import { postcodeRule } from "./personal-data/postcode.ts";
import { referenceRule } from "./personal-data/reference.ts";

/** The personal-data rules, in the order they run. */
export const personalDataRules: Rule[] = [
  emailRule,
  phoneRule,
  postcodeRule,
  addressRule,
  niNumberRule,
  nhsNumberRule,
  dateOfBirthRule,
  ageRule,
  bankAccountRule,
  cardNumberRule,
  ibanRule,
  ipAddressRule,
  referenceRule,
  govIdRule,
];
