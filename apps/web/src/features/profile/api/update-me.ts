import { useMutation, useQueryClient } from '@tanstack/react-query';
import type { Locale, UserView } from '@lms/contracts';
import { api } from '../../../lib/api-client';
import { updateSessionUser } from '../../../lib/session';
import { meQueryKey } from './get-me';

export interface UpdateMeInput {
  displayName?: string;
  locale?: Locale;
}

/** PATCH /me: what users may change about themselves. */
export function updateMe(input: UpdateMeInput): Promise<UserView> {
  return api.patch<UserView>('/me', input);
}

export function useUpdateMe() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: updateMe,
    onSuccess: (me) => {
      queryClient.setQueryData(meQueryKey, me);
      updateSessionUser({ displayName: me.displayName, locale: me.locale });
    },
  });
}
