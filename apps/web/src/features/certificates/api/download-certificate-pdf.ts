import { useMutation, useQueryClient } from '@tanstack/react-query';
import type { MyCertificate } from '@lms/contracts';
import { API_BASE, api, ApiError } from '../../../lib/api-client';
import { queryKeys } from '../../../lib/query-keys';
import { clearSession, getSession } from '../../../lib/session';
import { saveBlob } from '../lib/save-blob';

/**
 * GET /certificates/:id/pdf answers a PDF, which the shared JSON client cannot hand back, and it
 * needs the bearer token, so it cannot be a plain link. This sends the session's token itself.
 *
 * On a 401 it must not refresh the tokens on its own: refresh tokens rotate, and two refreshes
 * racing would spend the same one and sign the user out everywhere. The shared client refreshes
 * once for all concurrent requests but exports no way to ask for it, so a 401 here makes one
 * small JSON call through it (the list of certificates, cheap and harmless), which refreshes
 * when needed, and then the PDF is asked for again with the new token.
 */
async function sendPdfRequest(path: string, accessToken: string | undefined, signal?: AbortSignal): Promise<Response> {
  const headers: Record<string, string> = { Accept: 'application/pdf' };
  if (accessToken) headers.Authorization = `Bearer ${accessToken}`;
  try {
    return await fetch(`${API_BASE}${path}`, { method: 'GET', headers, signal });
  } catch (cause) {
    if (cause instanceof DOMException && cause.name === 'AbortError') throw cause;
    throw new ApiError(0, cause instanceof Error ? cause.message : 'Network error', 'Network Error');
  }
}

async function errorFrom(response: Response): Promise<ApiError> {
  let body: { statusCode?: unknown; message?: unknown; error?: unknown; details?: unknown } = {};
  try {
    const text = await response.text();
    body = text ? (JSON.parse(text) as typeof body) : {};
  } catch {
    // not JSON: the status says enough
  }
  const message = Array.isArray(body.message) ? body.message.join('; ') : typeof body.message === 'string' ? body.message : response.statusText;
  return new ApiError(response.status, message, typeof body.error === 'string' ? body.error : response.statusText, Array.isArray(body.details) ? body.details : []);
}

/** The certificate's PDF as a Blob. 409 (ApiError) while it is still being made. */
export async function fetchCertificatePdf(certificateId: string, signal?: AbortSignal): Promise<Blob> {
  const path = `/certificates/${encodeURIComponent(certificateId)}/pdf`;
  const usedToken = getSession()?.accessToken;
  let response = await sendPdfRequest(path, usedToken, signal);

  if (response.status === 401 && usedToken) {
    // Another request may already have rotated the tokens; if not, let the shared client refresh them.
    // It signs the user out itself when the refresh fails (and then throws, ending this download).
    if (getSession()?.accessToken === usedToken) await api.get<unknown>('/me/certificates', { signal });
    const retryToken = getSession()?.accessToken;
    // No token: the refresh failed and the user is signed out. The same token: it works for the API, so keep the session.
    if (!retryToken || retryToken === usedToken) throw await errorFrom(response);
    response = await sendPdfRequest(path, retryToken, signal);
    if (response.status === 401) clearSession('expired');
  }

  if (!response.ok) throw await errorFrom(response);
  return response.blob();
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
