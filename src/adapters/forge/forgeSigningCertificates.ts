import { X509Certificate } from 'node:crypto';
import { rootCertificates } from 'node:tls';
import { fetch } from '@forge/api';
import type { SigningCertificates } from '../../ports/signingCertificates.js';

/** SNS rotates signing certificates rarely and announces it; a day in a warm invocation is safe. */
const CACHE_MS = 24 * 3_600_000;
const MAX_PEM_BYTES = 16 * 1024;
const cache = new Map<string, { pem: string; until: number }>();
let roots: X509Certificate[] | null = null;

/**
 * SNS signing certificates over `@forge/api`'s fetch (the manifest declares
 * `https://*.amazonaws.com`), kept per URL in the warm runtime so a burst of alarms costs one
 * fetch. The anchors are Node's bundled root store.
 */
export class ForgeSigningCertificates implements SigningCertificates {
  constructor(private readonly now: () => number = Date.now) {}

  async fetchPem(url: string): Promise<string | null> {
    const hit = cache.get(url);
    if (hit && hit.until > this.now()) return hit.pem;
    const res = await fetch(url, { method: 'GET' });
    if (res.status >= 400 && res.status < 500) return null;
    if (res.status < 200 || res.status >= 300) throw new Error(`${url} answered ${res.status}`);
    const pem = (await res.text()).slice(0, MAX_PEM_BYTES);
    if (cache.size > 50) cache.clear();
    cache.set(url, { pem, until: this.now() + CACHE_MS });
    return pem;
  }

  anchors(): readonly X509Certificate[] {
    roots ??= rootCertificates.flatMap((pem) => {
      try {
        return [new X509Certificate(pem)];
      } catch {
        return [];
      }
    });
    return roots;
  }
}
