import { errorCodes, type FastifyInstance } from 'fastify';

/** Where the LRS lives, outside the API prefix. */
export const XAPI_PATH = '/xapi/';

/**
 * Documents may be of any media type (Communication §1.5.b1) and statements with attachments come
 * as multipart/mixed (§1.5.2), so under /xapi a body of a type no other parser takes is kept as
 * its bytes. Elsewhere such a body is refused with 415, as Fastify would.
 */
export function acceptXapiBodies(fastify: FastifyInstance, bodyLimit: number): void {
  fastify.addContentTypeParser('*', { parseAs: 'buffer', bodyLimit }, (request, body, done) => {
    if (request.url.startsWith(XAPI_PATH)) done(null, body);
    else done(new errorCodes.FST_ERR_CTP_INVALID_MEDIA_TYPE(String(request.headers['content-type'] ?? '')), undefined);
  });
}
