import type { ReactNode } from 'react';
import { isWebLink } from '../../../../shared/web-link';
import { openExternal } from '../../api/open-external';

/**
 * A link out of the app. Electron sends it to the system browser; a browser opens a new tab
 * with no opener. Anything but http(s) is shown as text, never as a link.
 */
export function ExternalLink({ href, children }: { href: string; children: ReactNode }) {
  if (!isWebLink(href)) return <span className="url-text">{children}</span>;
  return (
    <a
      href={href}
      target="_blank"
      rel="noopener noreferrer"
      onClick={(e) => {
        if (openExternal(href)) e.preventDefault();
      }}
    >
      {children}
    </a>
  );
}
