import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type { CertificateCredential, EnrolmentView } from '@lms/contracts';
import { api } from '../../../lib/api-client';
import { saveBlob } from '../../../lib/save-blob';
import { fetchCertificatePdf } from '../../certificates/api/download-certificate-pdf';

const key = (userId: string) => ['hr', 'user-enrolments', userId];

/** GET /users/:id/enrolments: one person's courses as they see them in "My learning" (overdue first). */
export function useUserEnrolments(userId: string) {
  return useQuery({
    queryKey: key(userId),
    queryFn: ({ signal }) => api.get<EnrolmentView[]>(`/users/${encodeURIComponent(userId)}/enrolments`, { signal }),
  });
}

/** POST /users/:id/reminders: a reminder about one unfinished course, at most one a day (409 `enrolments.reminded-today`). */
export function useSendReminder() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: ({ userId, courseId }: { userId: string; courseId: string }) => api.post<void>(`/users/${encodeURIComponent(userId)}/reminders`, { courseId }),
    onSettled: (_result, _error, { userId }) => queryClient.invalidateQueries({ queryKey: key(userId) }),
  });
}

/** GET /certificates/:id/pdf for a person of the reader's units (409 while it is still being made), saved as a file. */
export function useDownloadPersonCertificate() {
  return useMutation({
    mutationFn: async ({ certificateId, fileName }: { certificateId: string; fileName: string }) => saveBlob(await fetchCertificatePdf(certificateId), fileName),
  });
}

/** GET /certificates/:id/credential: the Open Badges 3.0 credential and its VC-JWT, saved as JSON for a wallet or an employer. */
export function useDownloadPersonCredential() {
  return useMutation({
    mutationFn: async ({ certificateId, fileName }: { certificateId: string; fileName: string }) => {
      const credential = await api.get<CertificateCredential>(`/certificates/${encodeURIComponent(certificateId)}/credential`);
      saveBlob(new Blob([JSON.stringify(credential, null, 2)], { type: 'application/json' }), fileName);
    },
  });
}
