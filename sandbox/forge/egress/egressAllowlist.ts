/**
 * The hosts `permissions.external.fetch.backend` lets the app reach. Forge matches backend
 * egress on scheme and host only (a path in an address grants the whole host), and a wildcard
 * `*.example.com` covers subdomains but never `example.com` itself; a lone `*` allows anything.
 */
export class EgressAllowlist {
  private readonly rules: Array<{ scheme: string | null; host: string; wildcard: boolean }>;

  constructor(readonly addresses: readonly string[]) {
    this.rules = addresses.map((address) => {
      const m = /^(?:([a-z][a-z0-9+.-]*):\/\/)?([^/:?#]+)/i.exec(address.trim());
      const host = (m?.[2] ?? '').toLowerCase();
      const wildcard = host.startsWith('*.');
      return { scheme: m?.[1]?.toLowerCase() ?? null, host: wildcard ? host.slice(1) : host, wildcard };
    });
  }

  permits(url: URL): boolean {
    const host = url.hostname.toLowerCase();
    const scheme = url.protocol.replace(/:$/, '');
    return this.rules.some((r) => {
      if (r.scheme !== null && r.scheme !== scheme) return false;
      if (r.host === '*') return true;
      return r.wildcard ? host.endsWith(r.host) && host.length > r.host.length : host === r.host;
    });
  }
}

/** The addresses of `permissions.external.fetch.backend`, in either the string or `{address}` form. */
export function backendAddresses(permissions: unknown): string[] {
  const external = (permissions as { external?: { fetch?: { backend?: unknown } } } | undefined)?.external;
  const backend = external?.fetch?.backend;
  if (!Array.isArray(backend)) return [];
  return backend.flatMap((entry: unknown) => {
    if (typeof entry === 'string') return [entry];
    const address = (entry as { address?: unknown } | null)?.address;
    // `{remote: key}` entries name a Forge remote, which is not plain fetch egress.
    return typeof address === 'string' ? [address] : [];
  });
}
