import { describe, expect, it } from 'vitest';
import { isWebLink } from './web-link';

describe('isWebLink', () => {
  it.each(['https://www.themoscowtimes.com/2022/02/11/a-76337', 'http://example.org', 'HTTPS://EXAMPLE.ORG/x?y#z'])('follows %s', (u) => {
    expect(isWebLink(u)).toBe(true);
  });
  it.each(['javascript:alert(1)', 'file:///etc/passwd', 'data:text/html,x', 'https://', 'http:// evil', 'vbscript:x', '', 'https://user@evil.example/'])(
    'refuses %s',
    (u) => expect(isWebLink(u)).toBe(false),
  );
});
