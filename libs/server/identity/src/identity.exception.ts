import { HttpStatus } from '@nestjs/common';
import { codedApiException } from '@lms/server-core';

export enum IdentityErrorCode {
  InvalidCredentials = 'identity.invalid-credentials',
  LoginThrottled = 'identity.login-throttled',
  InvalidRefreshToken = 'identity.invalid-refresh-token',
  UserNotFound = 'identity.user-not-found',
  OrgUnitNotFound = 'identity.org-unit-not-found',
  EmailTaken = 'identity.email-taken',
  EmployeeIdTaken = 'identity.employee-id-taken',
  WeakPassword = 'identity.weak-password',
  WrongCurrentPassword = 'identity.wrong-current-password',
  RoleNotGrantable = 'identity.role-not-grantable',
  UserNotManageable = 'identity.user-not-manageable',
  OwnRolesOrStatus = 'identity.own-roles-or-status',
  ImportInvalid = 'identity.import-invalid',
  ImportConflict = 'identity.import-conflict',
}

const STATUS: Record<IdentityErrorCode, HttpStatus> = {
  [IdentityErrorCode.InvalidCredentials]: HttpStatus.UNAUTHORIZED,
  [IdentityErrorCode.LoginThrottled]: HttpStatus.TOO_MANY_REQUESTS,
  [IdentityErrorCode.InvalidRefreshToken]: HttpStatus.UNAUTHORIZED,
  [IdentityErrorCode.UserNotFound]: HttpStatus.NOT_FOUND,
  [IdentityErrorCode.OrgUnitNotFound]: HttpStatus.NOT_FOUND,
  [IdentityErrorCode.EmailTaken]: HttpStatus.CONFLICT,
  [IdentityErrorCode.EmployeeIdTaken]: HttpStatus.CONFLICT,
  [IdentityErrorCode.WeakPassword]: HttpStatus.BAD_REQUEST,
  [IdentityErrorCode.WrongCurrentPassword]: HttpStatus.BAD_REQUEST,
  [IdentityErrorCode.RoleNotGrantable]: HttpStatus.FORBIDDEN,
  [IdentityErrorCode.UserNotManageable]: HttpStatus.FORBIDDEN,
  [IdentityErrorCode.OwnRolesOrStatus]: HttpStatus.FORBIDDEN,
  [IdentityErrorCode.ImportInvalid]: HttpStatus.UNPROCESSABLE_ENTITY,
  [IdentityErrorCode.ImportConflict]: HttpStatus.CONFLICT,
};

/** The identity feature's errors, each with a stable code in details[0].code. */
export class IdentityException extends codedApiException(STATUS) {}
