import { isImednetError } from '@imednet/core';
import { describe, expect, it } from 'vitest';
import {
  discoverFormKey,
  discoverIntervalName,
  discoverSiteName,
  discoverStudyKey,
  discoverSubjectKey,
  ELIGIBLE_SITE_STATUSES,
  ELIGIBLE_SUBJECT_STATUSES,
  isNoLiveDataError,
  isSiteEligible,
  isSubjectEligible,
} from '../src/index.ts';
import { api, BASE, envelope, rejection, testClient, useNock } from './helpers.ts';

useNock();

describe('eligibility', () => {
  it('normalises case and spaces', () => {
    expect([...ELIGIBLE_SITE_STATUSES]).toEqual(['active', 'enrollment_open']);
    expect([...ELIGIBLE_SUBJECT_STATUSES]).toEqual([
      'active',
      'registered',
      'baseline',
      'enrolled',
    ]);
    expect(isSiteEligible({ siteEnrollmentStatus: 'Enrollment Open' })).toBe(true);
    expect(isSiteEligible({ siteEnrollmentStatus: 'ENROLLMENT_OPEN' })).toBe(true);
    expect(isSiteEligible({ siteEnrollmentStatus: 'Active' })).toBe(true);
    expect(isSiteEligible({ siteEnrollmentStatus: 'Enrollment Closed' })).toBe(false);
    expect(isSiteEligible({ siteEnrollmentStatus: null })).toBe(false);
    expect(isSubjectEligible({ subjectStatus: 'Enrolled' })).toBe(true);
    expect(isSubjectEligible({ subjectStatus: 'Screened' })).toBe(false);
  });

  it('take a status string as well, as the Python helpers do', () => {
    expect(isSiteEligible('Enrollment Open')).toBe(true);
    expect(isSiteEligible(' enrollment   open ')).toBe(true);
    expect(isSiteEligible('ACTIVE')).toBe(true);
    expect(isSiteEligible('Enrollment Closed')).toBe(false);
    expect(isSiteEligible('')).toBe(false);
    expect(isSiteEligible(null)).toBe(false);
    expect(isSubjectEligible('Registered')).toBe(true);
    expect(isSubjectEligible('BASELINE')).toBe(true);
    expect(isSubjectEligible('Withdrawn')).toBe(false);
    expect(isSubjectEligible(undefined)).toBe(false);
    expect(['Active', 'Screened', 'enrolled'].filter((s) => isSubjectEligible(s))).toEqual([
      'Active',
      'enrolled',
    ]);
  });
});

describe('discover', () => {
  it('discoverStudyKey: the first study', async () => {
    const scope = api()
      .get(`${BASE}/studies`)
      .query({ page: '0', size: '1' })
      .reply(200, envelope([{ studyKey: 'S1' }], { size: 1, totalPages: 3, totalElements: 3 }));
    expect(await discoverStudyKey(testClient())).toBe('S1');
    scope.done();
  });

  it('discoverFormKey: first subject record report that is not disabled', async () => {
    const scope = api()
      .get(`${BASE}/studies/S1/forms`)
      .query({ page: '0', size: '500' })
      .reply(
        200,
        envelope([
          { formId: 1, formKey: 'SITE', formType: 'Site', subjectRecordReport: false },
          { formId: 2, formKey: 'OLD', subjectRecordReport: true, disabled: true },
          { formId: 3, formKey: 'AE', subjectRecordReport: 'true', disabled: 'false' },
        ]),
      );
    expect(await discoverFormKey(testClient(), 'S1')).toBe('AE');
    scope.done();
  });

  it('discoverIntervalName: first interval not disabled', async () => {
    const scope = api()
      .get(`${BASE}/studies/S1/intervals`)
      .query({ page: '0', size: '500' })
      .reply(
        200,
        envelope([
          { intervalId: 1, intervalName: 'Old', disabled: true },
          { intervalId: 2, intervalName: 'Day 1', disabled: false },
        ]),
      );
    expect(await discoverIntervalName(testClient(), 'S1')).toBe('Day 1');
    scope.done();
  });

  it('discoverSiteName: "Enrollment Open" counts', async () => {
    const scope = api()
      .get(`${BASE}/studies/S1/sites`)
      .query({ page: '0', size: '500' })
      .reply(
        200,
        envelope([
          { siteId: 1, siteName: 'Closed', siteEnrollmentStatus: 'Enrollment Closed' },
          { siteId: 2, siteName: 'Mock Site 1', siteEnrollmentStatus: 'Enrollment Open' },
        ]),
      );
    expect(await discoverSiteName(testClient(), 'S1')).toBe('Mock Site 1');
    scope.done();
  });

  it('discoverSubjectKey: nothing eligible is a NoLiveDataError listing the statuses seen', async () => {
    const scope = api()
      .get(`${BASE}/studies/S1/subjects`)
      .query({ page: '0', size: '500', filter: 'studyKey==S1' })
      .reply(
        200,
        envelope([
          { subjectKey: '01', subjectStatus: 'Screened' },
          { subjectKey: '02', subjectStatus: 'Completed' },
          { subjectKey: '03', subjectStatus: 'Screened' },
        ]),
      );
    const error = await rejection(discoverSubjectKey(testClient(), 'S1'));
    expect(isNoLiveDataError(error)).toBe(true);
    expect(isImednetError(error, 'NO_LIVE_DATA')).toBe(true);
    expect(error.seen).toEqual(['Screened', 'Completed']);
    expect(error.message).toContain('Screened, Completed');
    scope.done();
  });

  it('discoverSubjectKey: stops paging at the first eligible subject', async () => {
    const scope = api()
      .get(`${BASE}/studies/S1/subjects`)
      .query({ page: '0', size: '500', filter: 'studyKey==S1' })
      .reply(
        200,
        envelope([{ subjectKey: '01', subjectStatus: 'Registered' }], {
          totalPages: 50,
          totalElements: 5000,
        }),
      );
    expect(await discoverSubjectKey(testClient(), 'S1')).toBe('01');
    scope.done();
  });
});
