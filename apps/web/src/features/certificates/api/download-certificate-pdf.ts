import { useMutation, useQueryClient } from '@tanstack/react-query';
import type { MyCertificate } from '@lms/contracts';
import { ApiError, apiBlob } from '../../../lib/api-client';
import { queryKeys } from '../../../lib/query-keys';
import { saveBlob } from '../../../lib/save-blob';

/** The certificate's PDF as a Blob, with the session's token (refreshed once on a 401). 409 (ApiError) while it is still being made. */
export function fetchCertificatePdf(certificateId: string, signal?: AbortSignal): Promise<Blob> {
  return apiBlob(`/certificates/${encodeURIComponent(certificateId)}/pdf`, { signal, accept: 'application/pdf' });
}

/** The name the API gives the file (content-disposition), so a saved file reads the same either way. */
export function certificateFileName(certificate: Pick<MyCertificate, 'code'>): string {
  return `certificate-${certificate.code}.pdf`;
}

/** Fetches a certificate's PDF and hands it to the browser as a download. */
export function useDownloadCertificatePdf() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: async (certificate: MyCertificate) => {
      const blob = await fetchCertificatePdf(certificate.id);
      saveBlob(blob, certificateFileName(certificate));
    },
    onError: (error) => {
      // 409: the PDF is not stored yet; the list then says so (and keeps looking).
      if (error instanceof ApiError && error.statusCode === 409) void queryClient.invalidateQueries({ queryKey: queryKeys.certificates });
    },
  });
}
