/** Words that mark material as not for the public, flagged wherever they appear. */
export const CONFIDENTIAL_MARKERS = [
  "exempt information", "exempt item", "exempt report", "not for publication", "not for circulation",
  "part 2 item", "part 2 items", "part 2 report", "part 2 session", "part 2 papers", "part ii item",
  "part ii items", "part ii report", "part ii session", "part ii papers", "commercially sensitive",
  "commercial in confidence", "legal privilege", "legally privileged", "subject to legal privilege",
  "strictly confidential", "private and confidential", "in strict confidence", "official sensitive",
  "official-sensitive", "marked confidential", "is confidential", "are confidential", "this is confidential",
  "confidential report", "confidential document", "confidential documents", "confidential minutes",
  "confidential item", "confidential information", "confidential paper", "confidential papers",
  "confidential email", "confidential memo", "confidential briefing", "confidential appendix",
  "confidential matter", "confidential session", "confidential agenda",
];

/** Employment and care matters that are private to the person they concern. */
export const WORK_MATTERS = [
  "disciplinary", "disciplinary hearing", "disciplinary action", "grievance", "grievances",
  "safeguarding concern", "safeguarding referral", "safeguarding investigation", "safeguarding issue",
  "safeguarding matter", "safeguarding case", "safeguarding report", "sickness absence", "sick leave",
  "off sick", "signed off sick", "long-term sick", "complaint against", "complaints against",
  "complaint about", "complaints about", "misconduct", "gross misconduct", "sacked",
  "capability hearing", "performance review", "employment tribunal", "whistleblowing",
  "hr investigation", "made redundant", "occupational health", "fit note", "maternity leave",
];

/** Work topics an employee should keep off their own accounts, even without naming anyone. */
export const PERSONAL_WORK_TOPICS = [
  "service user", "service users", "my manager", "my line manager", "my boss", "our manager",
  "senior management", "management team", "at work today", "my colleague", "my colleagues",
  "a resident complained", "residents complained", "complaint", "complaints",
];
