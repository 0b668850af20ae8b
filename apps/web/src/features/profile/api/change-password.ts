import { useMutation } from '@tanstack/react-query';
import { api } from '../../../lib/api-client';

export interface ChangePasswordInput {
  currentPassword: string;
  newPassword: string;
}

/** POST /me/password → 204. The server signs out the user's other sessions. */
export function changePassword(input: ChangePasswordInput): Promise<void> {
  return api.post<void>('/me/password', input);
}

export function useChangePassword() {
  return useMutation({ mutationFn: changePassword });
}
