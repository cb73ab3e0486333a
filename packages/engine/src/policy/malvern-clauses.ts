/** The clause catalogue of Malvern Town Council's "Use of Social Media Policy": stable ids and short titles. */
export const malvernClauses = [
  {
    id: "scope.channels",
    title:
      "Social media includes Facebook, Twitter/X, LinkedIn, Yammer, Flickr, YouTube, Instagram, blogs, forums",
  },
  { id: "risk.1", title: "damage to the Council's reputation" },
  { id: "risk.2", title: "civil or criminal action from breaches of legislation" },
  {
    id: "risk.3",
    title: "disclosure of confidential information / safeguarding breach through images or personal data",
  },
  { id: "risk.4", title: "virus, malware, social engineering, phishing" },
  { id: "risk.5", title: "effect on ICT network performance" },
  { id: "risk.6", title: "bullying or witch-hunting" },
  { id: "risk.7", title: "lost productivity from personal use in work time" },
  { id: "procedure.1", title: "use established and authorised organisation accounts" },
  {
    id: "procedure.2",
    title:
      "open and honest; action for distasteful/offensive, slanderous/libellous, political, reputation-damaging posts",
  },
  { id: "procedure.3", title: "approved channels as part of duties only with line-manager agreement" },
  {
    id: "procedure.4",
    title: "personal use of Council ICT only in own time (breaks), not left running in the background",
  },
  {
    id: "procedure.5",
    title: "outside normal hours, personal use of Council ICT only with prior line-manager approval",
  },
  { id: "procedure.6", title: "personal devices may be used for personal social media in breaks" },
  { id: "procedure.7.a", title: "views stated are personal views" },
  {
    id: "procedure.7.b",
    title: "comply with the Code of Conduct; may be required to remove postings in breach",
  },
  {
    id: "procedure.7.c",
    title: "discussing the Council, work, clients, partners or colleagues is not private",
  },
  { id: "procedure.7.d", title: "you are personally responsible for anything you post" },
  { id: "procedure.7.e", title: "do not harm the Council's reputation or undermine your role" },
  { id: "procedure.7.f", title: "consider the privacy of the people you work with" },
  {
    id: "procedure.8.a",
    title:
      "must not bring the organisation into disrepute: criticising or arguing with customers, colleagues or managers; defamatory comments; inappropriate images or links",
  },
  { id: "procedure.8.b", title: "must not breach confidentiality about an individual or the Council" },
  { id: "procedure.8.c", title: "nothing discriminatory, bullying or harassing" },
  {
    id: "procedure.8.d",
    title:
      "must not contravene Council policies (Code of Conduct, Harassment and Bullying, Equality and Diversity)",
  },
  { id: "procedure.9.a", title: "keep Council accounts secure; do not share passwords" },
  { id: "procedure.9.b", title: "normally use Council-provided equipment" },
  { id: "procedure.9.c", title: "honest, courteous and professional" },
  { id: "procedure.9.d", title: "avoid arguments; be positive; add something significant" },
  { id: "procedure.9.e", title: "only post facts you are sure of; nothing illegal" },
  { id: "procedure.9.f", title: "remain politically neutral" },
  { id: "procedure.9.g", title: "understand the situation and audience" },
  { id: "procedure.9.h", title: "advise colleagues before you post if it may affect them" },
  { id: "procedure.9.i", title: "get permission before republishing copyrighted material" },
  { id: "procedure.9.j", title: "no confidential or sensitive information, even in private forums" },
  { id: "procedure.9.k", title: "how you deal with a complaint matters" },
  { id: "procedure.9.l", title: "nothing can be 100% deleted" },
  { id: "procedure.9.m", title: "journalists monitor social media and may quote you" },
  { id: "guidance.1", title: "online activity must be compatible with your position" },
  { id: "guidance.2", title: "protect your own privacy settings" },
  {
    id: "guidance.3",
    title:
      "comments outside work are not private and may breach the Code of Conduct, Harassment and Bullying, Disciplinary policies",
  },
  {
    id: "guidance.4",
    title:
      "do not discuss work-related issues online (service users, complaints, management, disparaging remarks), even anonymised",
  },
  { id: "guidance.5", title: "do not accept friend requests that may conflict with your employment" },
  { id: "guidance.6", title: "others may complain about your profile to the Council" },
  { id: "guidance.7", title: "nothing defamatory, libellous or in breach of copyright" },
  { id: "guidance.8", title: "think before showing photo, occupation, employer, work location on a profile" },
  { id: "guidance.9", title: "you can act when targeted by complaints or abuse; report to the site" },
  { id: "guidance.10", title: "inappropriate references or images of you posted by others: ask for removal" },
  {
    id: "guidance.11",
    title: "concerns about someone else's behaviour online: inform your manager if work related",
  },
  {
    id: "guidance.12",
    title:
      "act in line with the Code of Conduct, Internet and Email Acceptable Use Policy, Harassment and Bullying Procedure",
  },
  { id: "guidance.13", title: "no personal social media in working time on devices within your control" },
];
