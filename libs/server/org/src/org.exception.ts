import { HttpStatus } from '@nestjs/common';
import { ApiException } from '@lms/server-core';

export enum OrgErrorCode {
  CodeTaken = 'org.code-taken',
  ParentNotFound = 'org.parent-not-found',
  KindNotAllowed = 'org.kind-not-allowed',
  UnitNotFound = 'org.unit-not-found',
}

const MESSAGES: Record<OrgErrorCode, [HttpStatus, string]> = {
  [OrgErrorCode.CodeTaken]: [HttpStatus.CONFLICT, 'An org unit with this code already exists'],
  [OrgErrorCode.ParentNotFound]: [HttpStatus.BAD_REQUEST, 'parentId does not name an org unit'],
  [OrgErrorCode.KindNotAllowed]: [HttpStatus.BAD_REQUEST, 'This kind of unit cannot sit under that parent'],
  [OrgErrorCode.UnitNotFound]: [HttpStatus.NOT_FOUND, 'Org unit not found'],
};

export class OrgException extends ApiException {
  constructor(readonly code: OrgErrorCode, detail?: string) {
    const [status, message] = MESSAGES[code];
    super(status, detail ? `${message}: ${detail}` : message, [{ code }]);
  }
}
