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

  /** While true, every fetch fails as a network outage would. */
  unavailable = false;

  async fetchPem(url: string): Promise<string | null> {
    this.fetched.push(url);
    if (this.unavailable) throw new Error(`${url}: network unreachable`);
    return this.pems.get(url) ?? null;
  }

  anchors(): readonly X509Certificate[] {
    return this.trusted;
  }
}
