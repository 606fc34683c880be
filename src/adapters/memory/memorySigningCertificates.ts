import { X509Certificate } from 'node:crypto';
import type { SigningCertificates } from '../../ports/signingCertificates.js';

/** Certificates served from memory, with a count of fetches so tests can see the cache work. */
export class MemorySigningCertificates implements SigningCertificates {
  readonly pems = new Map<string, string>();
  fetched: string[] = [];
  private readonly trusted: X509Certificate[];

  constructor(anchors: readonly string[] = []) {
    this.trusted = anchors.map((a) => new X509Certificate(a));
  }

  async fetchPem(url: string): Promise<string> {
    this.fetched.push(url);
    const pem = this.pems.get(url);
    if (pem === undefined) throw new Error(`${url} answered 404`);
    return pem;
  }

  anchors(): readonly X509Certificate[] {
    return this.trusted;
  }
}
