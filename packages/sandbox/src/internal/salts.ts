/**
 * The last part hashed for each generated value, so that two values drawn from the same
 * (seed, study, item) stay independent. Changing one changes the generated data: existing
 * seeds would then serve other studies.
 */
export const SALT = {
  /** Credentials: the two halves of the API key, then of the security key. */
  apiKeyHigh: 1,
  apiKeyLow: 2,
  securityKeyHigh: 3,
  securityKeyLow: 4,
  /** Study: minutes added to its start date. */
  studyStart: 1,
  /** Study: number of sites beyond the minimum. */
  siteCount: 2,
  /** Form: its revision number. */
  formRevision: 3,
  /** User: first name, last name, role id, user id. */
  userFirstName: 4,
  userLastName: 5,
  roleId: 6,
  userId: 7,
  /** Subject: seconds into its enrolment day, whether it carries a keyword, its status. */
  subjectSecond: 8,
  subjectKeyword: 9,
  subjectStatus: 10,
} as const;
