import { describe, expect, it } from '@jest/globals';
import { ApiError } from '../../../lib/api-client';
import { changedFields, checkUser, fieldsOf, grantableRoles, serverFieldProblem } from './user-fields';

describe('the person form’s rules', () => {
  it('lets an admin give any role and an HR manager only learner and HR manager', () => {
    expect(grantableRoles(['admin'])).toEqual(['learner', 'instructor', 'hr_manager', 'admin']);
    expect(grantableRoles(['hr_manager', 'learner'])).toEqual(['learner', 'hr_manager']);
  });

  it('checks what the API would refuse before sending', () => {
    const ok = { ...fieldsOf(undefined, 'unit-1'), email: 'noy@mof.gov.la', displayName: 'ນ້ອຍ' };
    expect(checkUser(ok)).toEqual({});
    expect(checkUser({ ...ok, email: 'noy', displayName: '', employeeId: '-x', roles: [], orgUnitId: '' })).toEqual({
      email: 'staff.users.invalidEmail',
      displayName: 'staff.form.required',
      employeeId: 'staff.users.invalidEmployeeId',
      orgUnitId: 'staff.form.required',
      roles: 'staff.users.noRole',
    });
  });

  it('sends only what changed, roles compared as a set', () => {
    const before = { ...fieldsOf(undefined, 'u'), email: 'a@b.la', displayName: 'A', roles: ['learner', 'hr_manager'] as const };
    expect(changedFields({ ...before, roles: [...before.roles] }, { ...before, roles: ['hr_manager', 'learner'] })).toEqual({});
    expect(changedFields({ ...before, roles: [...before.roles] }, { ...before, roles: ['learner'], position: 'Clerk' })).toEqual({ roles: ['learner'], position: 'Clerk' });
  });

  it('puts a taken email or employee id on its field', () => {
    const taken = (code: string) => new ApiError(409, 'taken', 'Conflict', [{ code }]);
    expect(serverFieldProblem(taken('identity.email-taken'))).toEqual({ email: 'staff.users.emailTaken' });
    expect(serverFieldProblem(taken('identity.employee-id-taken'))).toEqual({ employeeId: 'staff.users.employeeIdTaken' });
    expect(serverFieldProblem(taken('identity.role-not-grantable'))).toEqual({});
    expect(serverFieldProblem(new Error('offline'))).toEqual({});
  });
});
