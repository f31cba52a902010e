/** The kinds of variable the sandbox generates, as `variableType` spells them. */
export type VariableType =
  | 'TEXT'
  | 'MEMO'
  | 'NUMBER'
  | 'INTEGER'
  | 'FLOAT'
  | 'DATE'
  | 'TIME'
  | 'DATETIME'
  | 'RADIO'
  | 'DROPDOWN'
  | 'CHECKBOX';

/** A variable's definition: what values fit it. */
export interface VariableTemplate {
  readonly name: string;
  readonly type: VariableType;
  readonly label: string;
  /** `variableType` as served; the API sends any letter case. */
  readonly typeText?: string;
  readonly choices?: readonly string[];
  readonly min?: number;
  readonly max?: number;
  readonly words?: readonly string[];
  readonly maxLength?: number;
}

/** A form's definition. */
export interface FormTemplate {
  readonly key: string;
  readonly name: string;
  readonly formType: 'Subject' | 'Site';
  readonly subjectRecordReport?: boolean;
  readonly unscheduledVisit?: boolean;
  readonly otherForms?: boolean;
  readonly embeddedLog?: boolean;
  readonly disabled?: boolean;
  /** Whether the form's first text variable gets coded (codings). */
  readonly coded?: {
    readonly variable: string;
    readonly dictionary: string;
    readonly version: string;
  };
  readonly variables: readonly VariableTemplate[];
}

/** An interval's definition. */
export interface IntervalTemplate {
  readonly name: string;
  readonly description: string;
  readonly sequence: number;
  readonly group: string;
  readonly dueDays: number;
  readonly slack: number;
  readonly forms: readonly string[];
  readonly disabled?: boolean;
  /** Whether each subject has one visit of it. */
  readonly visited: boolean;
}

export const AE_TERMS = [
  'Headache',
  'Nausea',
  'Fatigue',
  'Dizziness',
  'Rash',
  'Bronchitis',
  'Angina',
  'Insomnia',
  'Back pain',
  'Cough',
] as const;

export const DRUGS = [
  'Paracetamol',
  'Ibuprofen',
  'Amoxicillin',
  'Metformin',
  'Atorvastatin',
  'Lisinopril',
  'Omeprazole',
  'Salbutamol',
] as const;

const NOTES = [
  'No findings.',
  'Patient reports feeling well.',
  'Measured after 5 minutes of rest.',
  'Repeat measurement requested, see "notes" field.',
  'Value confirmed with site, comma, semicolon; quoted "text" included.',
] as const;

export const FORMS: readonly FormTemplate[] = [
  {
    key: 'REG',
    name: 'Registration',
    formType: 'Subject',
    subjectRecordReport: true,
    variables: [
      { name: 'SUBJINIT', type: 'TEXT', label: 'Subject initials', maxLength: 3 },
      { name: 'REGDT', type: 'DATE', label: 'Registration date' },
      { name: 'CONSENT', type: 'CHECKBOX', label: 'Informed consent signed' },
    ],
  },
  {
    key: 'DM',
    name: 'Demographics',
    formType: 'Subject',
    subjectRecordReport: true,
    variables: [
      { name: 'BRTHDT', type: 'DATE', label: 'Date of birth' },
      { name: 'SEX', type: 'RADIO', label: 'Sex', choices: ['M', 'F'] },
      {
        name: 'RACE',
        type: 'DROPDOWN',
        label: 'Race',
        choices: ['ASIAN', 'BLACK', 'WHITE', 'OTHER'],
      },
      { name: 'HEIGHT', type: 'NUMBER', label: 'Height (cm)', min: 150, max: 200 },
      { name: 'WEIGHT', type: 'FLOAT', label: 'Weight (kg)', min: 45, max: 120 },
    ],
  },
  {
    key: 'VS',
    name: 'Vital Signs',
    formType: 'Subject',
    subjectRecordReport: true,
    variables: [
      { name: 'VSDT', type: 'DATE', label: 'Date of measurement' },
      { name: 'SYSBP', type: 'NUMBER', label: 'Systolic blood pressure', min: 95, max: 165 },
      { name: 'DIABP', type: 'NUMBER', label: 'Diastolic blood pressure', min: 55, max: 105 },
      { name: 'TEMP', type: 'FLOAT', label: 'Temperature (C)', min: 36, max: 39.5 },
      { name: 'VSNOTE', type: 'MEMO', label: 'Notes', words: NOTES, maxLength: 4000 },
    ],
  },
  {
    key: 'AE',
    name: 'Adverse Event',
    formType: 'Subject',
    unscheduledVisit: true,
    embeddedLog: true,
    coded: { variable: 'AETERM', dictionary: 'MedDRA', version: '24.0' },
    variables: [
      { name: 'AETERM', type: 'TEXT', label: 'Adverse event term', words: AE_TERMS },
      { name: 'AESTDT', type: 'DATE', label: 'Start date' },
      { name: 'AESEV', type: 'RADIO', label: 'Severity', choices: ['1', '2', '3'] },
      { name: 'AESER', type: 'CHECKBOX', label: 'Serious' },
      { name: 'AEDESC', type: 'MEMO', label: 'Description', words: NOTES, maxLength: 4000 },
    ],
  },
  {
    key: 'CM',
    name: 'Concomitant Medication',
    formType: 'Subject',
    otherForms: true,
    coded: { variable: 'CMTRT', dictionary: 'WHODrug', version: 'B3 2024' },
    variables: [
      { name: 'CMTRT', type: 'TEXT', label: 'Medication', words: DRUGS },
      { name: 'CMDOSE', type: 'FLOAT', label: 'Dose (mg)', min: 1, max: 1000 },
      {
        name: 'CMROUTE',
        type: 'DROPDOWN',
        label: 'Route',
        choices: ['ORAL', 'IV', 'TOPICAL', 'SC'],
      },
      { name: 'CMFREQ', type: 'INTEGER', label: 'Doses per day', min: 1, max: 4 },
      { name: 'CMSTTM', type: 'TIME', label: 'Time of first dose' },
      { name: 'CMSTDTM', type: 'DATETIME', label: 'Start date and time' },
    ],
  },
  {
    key: 'SITECHK',
    name: 'Site Checklist',
    formType: 'Site',
    variables: [
      { name: 'SCDT', type: 'DATE', label: 'Checklist date' },
      { name: 'SCNOTE', type: 'MEMO', label: 'Checklist notes', words: NOTES },
    ],
  },
  {
    key: 'LAB_OLD',
    name: 'Retired Laboratory Form',
    formType: 'Subject',
    disabled: true,
    variables: [
      { name: 'LBVAL', type: 'NUMBER', typeText: 'number', label: 'Lab value', min: 0, max: 99 },
      { name: 'LBCOM', type: 'TEXT', typeText: 'Text', label: 'Lab comment' },
    ],
  },
];

export const INTERVALS: readonly IntervalTemplate[] = [
  {
    name: 'Screening',
    description: 'Screening visit',
    sequence: 10,
    group: 'Treatment',
    dueDays: 0,
    slack: 0,
    forms: ['REG', 'DM'],
    visited: true,
  },
  {
    name: 'Baseline',
    description: 'Baseline visit',
    sequence: 20,
    group: 'Treatment',
    dueDays: 7,
    slack: 2,
    forms: ['VS', 'AE'],
    visited: true,
  },
  {
    name: 'Week 4',
    description: 'Week 4 visit',
    sequence: 30,
    group: 'Treatment',
    dueDays: 28,
    slack: 3,
    forms: ['VS', 'CM'],
    visited: true,
  },
  {
    name: 'Week 8',
    description: 'Week 8 visit',
    sequence: 40,
    group: 'Follow Up',
    dueDays: 56,
    slack: 5,
    forms: ['VS'],
    visited: true,
  },
  {
    name: 'Unscheduled',
    description: 'Unscheduled and log forms',
    sequence: 900,
    group: 'Logs',
    dueDays: 0,
    slack: 0,
    forms: ['AE', 'CM'],
    visited: true,
  },
  {
    name: 'Retired Visit',
    description: 'No longer used',
    sequence: 990,
    group: 'Logs',
    dueDays: 0,
    slack: 0,
    forms: ['LAB_OLD'],
    disabled: true,
    visited: false,
  },
];

/** Record slots of one subject, in order: the schedule first, then log forms alternating. */
export const SCHEDULE: readonly (readonly [interval: string, form: string])[] = [
  ['Screening', 'REG'],
  ['Screening', 'DM'],
  ['Baseline', 'VS'],
  ['Baseline', 'AE'],
  ['Week 4', 'VS'],
  ['Week 4', 'CM'],
  ['Week 8', 'VS'],
];

/** Log-form slots that repeat after the schedule when a subject has more records. */
export const LOG_SLOTS: readonly (readonly [interval: string, form: string])[] = [
  ['Unscheduled', 'AE'],
  ['Unscheduled', 'CM'],
];

export const STUDY_KEYS = ['PHARMADEMO', 'ONCOLOGY-101', 'CARDIO-202', 'NEURO-303', 'DERMA-404'];

export const STUDY_NAMES = [
  'iMednet Pharma Demonstration Study',
  'Oncology Phase II Sandbox Study',
  'Cardiology Outcomes Sandbox Study',
  'Neurology Sandbox Study',
  'Dermatology Sandbox Study',
];

export const SITE_NAMES = [
  'Chicago Hope Hospital',
  'Minneapolis General',
  'Boston Clinical Research',
  'Seattle Medical Center',
  'Denver Heart Institute',
  'Austin Research Clinic',
];

export const SITE_STATUSES = ['Enrollment Open', 'Enrollment Open', 'Active', 'Enrollment Closed'];

export const SUBJECT_STATUSES = [
  'Registered',
  'Screened',
  'Enrolled',
  'Enrolled',
  'Baseline',
  'Completed',
  'Withdrawn',
];

export const FIRST_NAMES = ['William', 'Maria', 'John', 'Aiko', 'Fatima', 'Lars', 'Chen', 'Ana'];
export const LAST_NAMES = ['Smith', 'Garcia', 'Doe', 'Tanaka', 'Khan', 'Berg', 'Li', 'Silva'];
export const ROLES = [
  { name: 'Principal Investigator', type: 'Site', level: 2 },
  { name: 'Research Coordinator', type: 'Site', level: 3 },
  { name: 'Clinical Monitor', type: 'Sponsor', level: 4 },
  { name: 'Data Manager', type: 'Sponsor', level: 5 },
  { name: 'Medical Coder', type: 'Sponsor', level: 6 },
];
