/** One file in the multipart field `file`, as a browser's FormData sends it, for `api.request({ ...multipartFile(…) })`. */
export function multipartFile(body: Buffer, filename: string, contentType = 'application/octet-stream') {
  const boundary = '----lane-test-upload';
  return {
    payload: Buffer.concat([
      Buffer.from(`--${boundary}\r\nContent-Disposition: form-data; name="file"; filename="${filename}"\r\nContent-Type: ${contentType}\r\n\r\n`),
      body,
      Buffer.from(`\r\n--${boundary}--\r\n`),
    ]),
    headers: { 'content-type': `multipart/form-data; boundary=${boundary}` },
  };
}
