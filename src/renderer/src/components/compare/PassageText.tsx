import { Fragment, type ReactNode } from 'react';
import type { PaneSide } from './dom-scroll';
import { reasonLabel } from './model/labels';
import { changeTitle, type Piece } from './model/pane-runs';

/** The words of a passage, with word-level changes as elements over plain text (never markup). */
export function PassageText({ pieces, side, flashN }: { pieces: Piece[]; side: PaneSide; flashN: number }) {
  return (
    <>
      {pieces.map((p) => {
        let node: ReactNode = p.text;
        const c = p.change;
        if (c) {
          const title = changeTitle(c, side, reasonLabel(c.reason ?? undefined));
          if (c.style === 'del') node = <del className="diff diff-del" title={title}>{node}</del>;
          else if (c.style === 'ins') node = <ins className="diff diff-ins" title={title}>{node}</ins>;
          else node = <span className={`diff diff-${c.style}`} title={title}>{node}</span>;
        }
        // The jump counter in the key re-creates the mark, so its animation plays on every jump.
        if (p.flash) return <mark key={`${p.start}:${flashN}`} className="flash">{node}</mark>;
        return <Fragment key={p.start}>{node}</Fragment>;
      })}
    </>
  );
}
