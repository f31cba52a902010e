import type { StudyMetadata } from '../src/index.ts';

/** Metadata with every awkward case the generator must survive. */
export const EDGE: StudyMetadata = {
  studyKey: "ODD 'STUDY'",
  studyName: 'Names */ that\nbreak things',
  modifiedAt: new Date('2025-03-04T05:06:07Z'),
  forms: [
    {
      formKey: '1ST-VISIT',
      formName: 'First visit',
      formType: 'Subject',
      disabled: false,
      variables: [
        { name: 'ae term', type: 'TEXT', label: 'Term */ ok', disabled: false },
        { name: 'default', type: 'INTEGER', label: null, disabled: false },
        { name: '2ND', type: 'TIME', label: 'line\nbreak', disabled: true },
        { name: "it's", type: 'DATETIME', label: null, disabled: false },
        { name: 'x"y', type: 'SIGNATURE', label: null, disabled: false },
        { name: 'constructor', type: '', label: null, disabled: false },
      ],
    },
    { formKey: '1ST_VISIT', formName: null, formType: null, disabled: true, variables: [] },
    {
      formKey: 'A_VERY_LONG_FORM_KEY_THAT_MAKES_LONG_NAMES_EVERYWHERE',
      formName: 'Long',
      formType: 'Site',
      disabled: false,
      variables: [
        {
          name: 'A_VARIABLE_NAME_SO_LONG_THAT_ITS_PROPERTY_LINE_GOES_PAST_THE_LINE_WIDTH_OF_ONE_HUNDRED',
          type: 'CHECKBOX',
          label: null,
          disabled: false,
        },
      ],
    },
    {
      formKey: 'FORMS',
      formName: 'Named like a constant',
      formType: 'Subject',
      disabled: false,
      variables: [],
    },
  ],
};
