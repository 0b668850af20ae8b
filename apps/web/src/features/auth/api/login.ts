import { useMutation, useQueryClient } from '@tanstack/react-query';
import type { LoginRequest, LoginResponse } from '@lms/contracts';
import { api } from '../../../lib/api-client';
import { useLocale } from '../../../lib/i18n';
import { setSession } from '../../../lib/session';

/** POST /auth/login: `login` is an email or an employee id. */
export function login(input: LoginRequest): Promise<LoginResponse> {
  return api.post<LoginResponse>('/auth/login', input, { auth: false });
}

export function useLogin() {
  const queryClient = useQueryClient();
  const { adoptUserLocale } = useLocale();
  return useMutation({
    mutationFn: login,
    onSuccess: ({ accessToken, refreshToken, user }) => {
      queryClient.clear(); // nothing of a previous user survives
      setSession({ accessToken, refreshToken, user });
      adoptUserLocale(user.locale);
    },
  });
}
