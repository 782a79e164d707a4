import { KNOWN_OUTLETS } from './known-outlets';

const BY_DOMAIN = new Map<string, string>();
for (const o of KNOWN_OUTLETS) for (const d of o.domains) BY_DOMAIN.set(d, o.name);

/** The host of an http(s) URL, lower-case, without "www." and similar mirrors; null if not a URL. */
export function hostOf(url: string): string | null {
  const m = /^(?:https?:)?\/\/(?:[^/?#@\s]*@)?([^/?#:\s]+)/i.exec(url.trim());
  if (!m) return null;
  const host = m[1].toLowerCase().replace(/\.$/, '');
  if (!/^[a-z0-9-]+(\.[a-z0-9-]+)*\.[a-z][a-z0-9-]+$/.test(host)) return null;
  return host.replace(/^(www\d?|m|mobile|amp|edition|uk|us|eu)\./, '');
}

/** The outlet a host belongs to: a known name (also for its subdomains), else the bare domain. */
export function outletFromHost(host: string): string {
  for (let h = host; h.includes('.'); h = h.slice(h.indexOf('.') + 1)) {
    const known = BY_DOMAIN.get(h);
    if (known) return known;
  }
  return host;
}

/** The outlet behind a source URL, e.g. "https://www.nytimes.com/…" → "The New York Times". */
export function outletFromUrl(url: string | null | undefined): string | null {
  const host = url ? hostOf(url) : null;
  return host ? outletFromHost(host) : null;
}

/** Metadata sometimes names the outlet by its domain ("nytimes.com"): read that as the outlet. */
export function normaliseOutletName(name: string): string {
  const t = name.replace(/\s+/g, ' ').trim();
  if (/^(https?:)?\/\//i.test(t)) return outletFromUrl(t) ?? t;
  if (/^(www\.)?[a-z0-9-]+(\.[a-z0-9-]+)*\.[a-z]{2,}$/i.test(t)) return outletFromHost(t.toLowerCase().replace(/^www\./, ''));
  return t;
}
