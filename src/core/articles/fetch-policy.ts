/** What a download may do. */
export interface FetchPolicy {
  /** Largest body accepted (after decompression). */
  maxBytes: number;
  /** From the request to the body's last byte. */
  timeoutMs: number;
  maxRedirects: number;
  /**
   * Refuse hosts that resolve to loopback, private, link-local (cloud metadata), unique-local,
   * reserved or other non-public addresses. Checked at connection time, on every redirect.
   */
  publicOnly: boolean;
  /** Hosts exempt from `publicOnly` (Discord's CDN, which serves attachments). */
  trustedHosts?: readonly string[];
}

/** A downloaded article. */
export interface FetchedArticle {
  bytes: Buffer;
  /** The Content-Type header, e.g. `text/html; charset=utf-8`. */
  contentType: string;
  /** Where the body came from, after redirects. */
  url: string;
}

/** Downloads an article under a policy; refusals are user errors with a reason. */
export type ArticleFetcher = (url: string, policy: FetchPolicy) => Promise<FetchedArticle>;
