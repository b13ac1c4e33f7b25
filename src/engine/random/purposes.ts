/**
 * What each random draw is for. A draw is keyed by (seed, replication,
 * household, month, purpose); adding a purpose never changes existing draws.
 * Values are fixed forever: renumbering would change every result.
 */
export const P = {
  // population (month -1)
  SIZE: 1,
  CHILDREN: 2,
  LIVELIHOOD: 3,
  PERMANENT: 4, // two normals: permanent and initial persistent
  PMT: 5,
  FLAGS: 6, // female head, elderly/disabled, skills
  TAKEUP: 7, // persistent take-up draws: cash (lo 16), stipend (hi 16)
  TAKEUP2: 8, // training (lo), farm adoption (hi)
  BORROWER: 9, // wilful type (lo)
  SMOOTH_INIT: 10, // stationary draw of initial smoothed income
  SPLIT: 11, // imported data: the split of given log earnings into its permanent and persistent parts
  // monthly
  INCOME: 20, // two normals: persistent innovation and transitory
  SHOCK: 21, // health (lo), disaster (hi)
  FLOOD: 22,
  DISASTER_STRATUM: 23, // per-stratum disaster occurrence; "household" = stratum index
  LOAN_UPTAKE: 24,
  LOAN_USE: 25, // diversion (lo), investment success (hi)
  LOAN_DETECT: 26,
  TRAINING: 27, // completion (lo), job (hi)
  // per replication; "month" is unused (-1) and "household" is the parameter's path hash
  UNCERTAIN: 40, // one draw per uncertain parameter
} as const;
