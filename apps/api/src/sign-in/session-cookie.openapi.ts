import { type OpenAPIObject } from '@nestjs/swagger';

/**
 * Every operation that takes a bearer token also takes the pages' session cookie (with X-CSRF-Token on
 * POST, PUT, PATCH and DELETE): the document says so once here rather than on every controller.
 */
export function documentSessionCookie(document: OpenAPIObject, cookieScheme: string): OpenAPIObject {
  for (const path of Object.values(document.paths)) {
    for (const operation of [path.get, path.post, path.put, path.patch, path.delete]) {
      const security = operation?.security;
      if (security === undefined) continue;
      if (
        security.some((requirement) => 'bearer' in requirement) &&
        !security.some((r) => cookieScheme in r)
      ) {
        security.push({ [cookieScheme]: [] });
      }
    }
  }
  return document;
}
