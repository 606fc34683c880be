/**
 * The user and password of an `Authorization: Basic` header (RFC 7617), or null when the header
 * is missing or not Basic. A password may itself contain colons; the user may not.
 *
 * @example
 * basicCredentials('Basic ' + Buffer.from('prometheus:s3cret').toString('base64')) // => { user: 'prometheus', password: 's3cret' }
 */
export function basicCredentials(header: string | null): { user: string; password: string } | null {
  const encoded = header?.match(/^Basic\s+([A-Za-z0-9+/=_-]+)\s*$/i)?.[1];
  if (!encoded) return null;
  const decoded = Buffer.from(encoded, 'base64').toString('utf8');
  const colon = decoded.indexOf(':');
  if (colon < 0) return null;
  return { user: decoded.slice(0, colon), password: decoded.slice(colon + 1) };
}
