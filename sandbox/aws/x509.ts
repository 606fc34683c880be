import { sign, type KeyObject } from 'node:crypto';

/**
 * Just enough DER to make X.509 v3 certificates with node:crypto alone (it parses and verifies
 * certificates but cannot make them), so the sandbox needs neither openssl nor a network.
 */
const tlv = (tag: number, content: Buffer): Buffer => {
  const n = content.length;
  const len = n < 0x80 ? Buffer.from([n]) : n < 0x100 ? Buffer.from([0x81, n]) : Buffer.from([0x82, n >> 8, n & 0xff]);
  return Buffer.concat([Buffer.from([tag]), len, content]);
};
const seq = (...parts: Buffer[]) => tlv(0x30, Buffer.concat(parts));
const set = (...parts: Buffer[]) => tlv(0x31, Buffer.concat(parts));
const utf8 = (s: string) => tlv(0x0c, Buffer.from(s, 'utf8'));
const int = (raw: Buffer) => {
  let bytes = raw;
  while (bytes.length > 1 && bytes[0] === 0 && !(bytes[1]! & 0x80)) bytes = bytes.subarray(1);
  return tlv(0x02, bytes[0]! & 0x80 ? Buffer.concat([Buffer.from([0]), bytes]) : bytes);
};
const oid = (dotted: string): Buffer => {
  const [a, b, ...rest] = dotted.split('.').map(Number);
  const out = [a! * 40 + b!];
  for (const v of rest) {
    const chunk = [v & 0x7f];
    for (let x = v >> 7; x > 0; x >>= 7) chunk.unshift((x & 0x7f) | 0x80);
    out.push(...chunk);
  }
  return tlv(0x06, Buffer.from(out));
};
const time = (d: Date) => tlv(0x18, Buffer.from(d.toISOString().replace(/[-:T]/g, '').slice(0, 14) + 'Z'));
const SHA256_RSA = seq(oid('1.2.840.113549.1.1.11'), Buffer.from([0x05, 0x00]));
const ATTR: Record<string, string> = { C: '2.5.4.6', O: '2.5.4.10', OU: '2.5.4.11', CN: '2.5.4.3' };

export type DistinguishedName = Array<[keyof typeof ATTR & string, string]>;
const name = (dn: DistinguishedName) => seq(...dn.map(([k, v]) => set(seq(oid(ATTR[k]!), utf8(v)))));

export interface CertificateSpec {
  serial: number;
  subject: DistinguishedName;
  issuer: DistinguishedName;
  publicKey: KeyObject;
  /** The issuer's private key (the subject's own for a self-signed root). */
  signingKey: KeyObject;
  notBefore: Date;
  notAfter: Date;
  ca: boolean;
  dnsNames?: string[];
}

/** A PEM certificate for `spec`, signed with SHA-256 RSA. */
export function makeCertificate(spec: CertificateSpec): string {
  const spki = spec.publicKey.export({ type: 'spki', format: 'der' });
  const extensions: Buffer[] = [seq(oid('2.5.29.19'), Buffer.from([0x01, 0x01, 0xff]), tlv(0x04, seq(...(spec.ca ? [Buffer.from([0x01, 0x01, 0xff])] : []))))];
  if (spec.dnsNames?.length) extensions.push(seq(oid('2.5.29.17'), tlv(0x04, seq(...spec.dnsNames.map((d) => tlv(0x82, Buffer.from(d)))))));
  const serial = Buffer.alloc(4);
  serial.writeUInt32BE(spec.serial);
  const tbs = seq(
    tlv(0xa0, int(Buffer.from([2]))), int(serial), SHA256_RSA, name(spec.issuer),
    seq(time(spec.notBefore), time(spec.notAfter)), name(spec.subject), spki, tlv(0xa3, seq(...extensions)),
  );
  const signature = sign('sha256', tbs, spec.signingKey);
  const der = seq(tbs, SHA256_RSA, tlv(0x03, Buffer.concat([Buffer.from([0]), signature])));
  const b64 = der.toString('base64').match(/.{1,64}/g)!.join('\n');
  return `-----BEGIN CERTIFICATE-----\n${b64}\n-----END CERTIFICATE-----\n`;
}
