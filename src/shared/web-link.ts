/**
 * Only web links leave the app, for the main process and the page alike: a `javascript:`,
 * `file:` or custom-scheme URL from an article is never followed.
 */
export function isWebLink(url: string): boolean {
  return /^https?:\/\/[^\s/?#@]+(?:[/?#]\S*)?$/i.test(url.trim());
}
