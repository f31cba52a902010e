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
  /** Record: seconds into its day of creation, whether it is incomplete, which variable is blank. */
  recordSecond: 20,
  recordIncomplete: 21,
  recordBlankVariable: 22,
  /** Record: seconds between creation and its later modification, whether it has a keyword. */
  recordModifiedDelay: 23,
  recordKeyword: 24,
  /** Visit: whether a subject's Week 8 visit took place, and the day it did within the slack. */
  visitDone: 30,
  visitDay: 31,
  /** Record revision: the user who made it. */
  revisionUser: 40,
  /** Query: which record of ten it is on, its variable, its comment count, each comment's
   * user, its first comment's text, its kind. */
  queryRecord: 50,
  queryVariable: 51,
  queryComments: 52,
  queryCommentUser: 53,
  queryText: 54,
  queryKind: 55,
  /** Job: its jobId, its batchId. */
  jobId: 90,
  batchId: 91,
  /** Faults: the draw that picks a request's fault. */
  fault: 0x5eed,
} as const;
