import type { ReactNode } from 'react';
import type { VariantColour } from '../../variants/colours';

/**
 * One spelling of a name in a shown text, underlined in its group's colour; the tooltip says
 * which name it spells and lists the others. Children are plain text nodes from the article.
 */
export function VariantMark({ colour, title, children }: { colour: VariantColour; title: string; children: ReactNode }) {
  return (
    <span className={`variant-mark ${colour.className}`} title={title}>
      {children}
    </span>
  );
}
