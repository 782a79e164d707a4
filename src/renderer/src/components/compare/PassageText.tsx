import { Fragment, type ReactNode } from 'react';
import type { VariantGroupView } from '../../contract';
import type { VariantColour } from '../../variants/colours';
import { variantTooltip } from '../../variants/tooltip';
import { VariantMark } from '../variants/VariantMark';
import type { PaneSide } from './dom-scroll';
import { reasonLabel } from './model/labels';
import { changeTitle, type Piece } from './model/pane-runs';

/** What name-spelling marks are drawn with: one colour per group across both panes, and the groups for tooltips. */
export interface VariantDrawing {
  colours: ReadonlyMap<string, VariantColour>;
  groups: ReadonlyMap<string, VariantGroupView>;
}

interface PassageTextProps {
  pieces: Piece[];
  side: PaneSide;
  flashN: number;
  variants: VariantDrawing;
}

/**
 * The words of a passage, with word-level changes and name spellings as elements over plain
 * text (never markup). A name spelling is the innermost element, so its tooltip is the one
 * shown on hover; it repeats the change's, which stays on the change element too.
 */
export function PassageText({ pieces, side, flashN, variants }: PassageTextProps) {
  return (
    <>
      {pieces.map((p) => {
        let node: ReactNode = p.text;
        const c = p.change;
        const title = c ? changeTitle(c, side, reasonLabel(c.reason ?? undefined)) : '';
        const colour = p.variant === null ? undefined : variants.colours.get(p.variant);
        if (p.variant !== null && colour) {
          const about = variantTooltip(variants.groups.get(p.variant), p.text);
          node = (
            <VariantMark colour={colour} title={title ? `${title}\n\n${about}` : about}>
              {node}
            </VariantMark>
          );
        }
        if (c) {
          // On a name, a spelling change's dotted underline would run into the name's: CSS draws one, dotted, in the name's colour.
          const named = colour ? ' on-name' : '';
          if (c.style === 'del') node = <del className={`diff diff-del${named}`} title={title}>{node}</del>;
          else if (c.style === 'ins') node = <ins className={`diff diff-ins${named}`} title={title}>{node}</ins>;
          else node = <span className={`diff diff-${c.style}${named}`} title={title}>{node}</span>;
        }
        // The jump counter in the key re-creates the mark, so its animation plays on every jump.
        if (p.flash) return <mark key={`${p.start}:${flashN}`} className="flash">{node}</mark>;
        return <Fragment key={p.start}>{node}</Fragment>;
      })}
    </>
  );
}
