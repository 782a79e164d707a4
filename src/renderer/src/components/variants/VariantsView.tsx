import { useEffect, useMemo, useRef } from 'react';
import type { VariantGroupView } from '../../contract';
import { useStatus } from '../../hooks/use-status';
import { isConfirmed, newestFirst } from '../../variants/decision-text';
import { byConfidence, filterGroups, findGroupWith, sortGroups } from '../../variants/group-stats';
import { resetPanel, updatePanel, usePanelState } from '../../variants/panel-store';
import { useVariantsView } from '../../variants/use-variants';
import { ErrorNote } from '../common/ErrorNote';
import { DecisionHistory } from './DecisionHistory';
import { GroupDetail } from './GroupDetail';
import { GroupList, openGroup } from './GroupList';
import { SelectionBar } from './SelectionBar';
import { useReviewKeys } from './use-review-keys';
import { useVariantActions } from './use-variant-actions';
import { VariantsToolbar } from './VariantsToolbar';

function Empty({ text }: { text: string }) {
  return <p className="empty muted">{text}</p>;
}

/** The group to open once `g` leaves the queue: the next one down, else the one above. */
function after(list: readonly VariantGroupView[], g: VariantGroupView): VariantGroupView | undefined {
  const i = list.indexOf(g);
  return i < 0 ? undefined : (list[i + 1] ?? list[i - 1]);
}

/**
 * The Variants tab, a review queue: every name the folder spells more than one way, the ones
 * only a romanisation pattern links first and marked "Possible", who writes which spelling and
 * why they were grouped. Each group can be confirmed or rejected (also several at once, and by
 * keyboard), merged or split; each decision is listed and can be undone on its own. Word groups
 * can be decided; full names follow their words.
 */
export function VariantsView() {
  const { status } = useStatus();
  const data = useVariantsView();
  const panel = usePanelState();
  const actions = useVariantActions();
  const view = data.view;
  const folder = status?.folder ?? null;
  useEffect(() => {
    if (folder && panel.folder !== folder) resetPanel(folder);
  }, [folder, panel.folder]);

  // A decision removes the button that made it (a split row, a rejected group, the confirm):
  // once the new groups are drawn, focus goes to the open group's name, or the list.
  const focusNext = useRef(false);
  useEffect(() => {
    if (actions.done) focusNext.current = true;
  }, [actions.done]);
  useEffect(() => {
    if (!focusNext.current) return;
    focusNext.current = false;
    // With no group left (all rejected), the newest Undo: a keyboard user can take it back
    // there, where focus in the filter box would turn the u key into typing.
    const targets = ['.group-detail h2', '.group-list .group-open', '.decision-history li button', '.variants-toolbar input'];
    targets.map((q) => document.querySelector<HTMLElement>(q)).find(Boolean)?.focus();
  }, [view]);

  const { filter, confidence, sort } = panel;
  const groups = useMemo(() => sortGroups(byConfidence(filterGroups(view?.groups ?? [], filter), confidence), sort), [view, filter, confidence, sort]);
  const names = useMemo(() => sortGroups(byConfidence(filterGroups(view?.names ?? [], filter), confidence), sort), [view, filter, confidence, sort]);
  const confirmed = useMemo(() => new Set((view?.groups ?? []).filter((g) => isConfirmed(g, view?.decisions)).map((g) => g.id)), [view]);
  const history = useMemo(() => newestFirst(view?.decisions), [view]);
  // The open group among those the filters show; a decision may have renamed it, so its spelling finds it.
  const visible = [...groups, ...names];
  const open = visible.find((g) => g.id === panel.open?.id) ?? (panel.open ? findGroupWith(visible, panel.open.spelling) : undefined) ?? visible[0];
  const openIsWord = !!open && groups.includes(open);
  // In the list's order, including ticked groups a filter hides now: they are still ticked.
  const picked = sortGroups(view?.groups ?? [], sort).filter((g) => panel.picked.includes(g.id));

  // A key that moves keeps focus on the list, on the row it opened.
  const focusRow = useRef(false);
  useEffect(() => {
    if (!focusRow.current) return;
    focusRow.current = false;
    document.querySelector<HTMLElement>('.group-row.open .group-open')?.focus();
  }, [open?.id]);

  const confirmOpen = () => open && openIsWord && void actions.confirm(open, after(groups, open));
  const rejectOpen = () => open && openIsWord && void actions.reject([open], after(groups, open));
  useReviewKeys(
    {
      move(step) {
        const i = open ? visible.indexOf(open) : -1;
        const next = visible[Math.min(visible.length - 1, Math.max(0, i + step))];
        if (!next || next === open) return;
        focusRow.current = true;
        openGroup(next);
      },
      confirm: confirmOpen,
      reject: rejectOpen,
      undoLast() {
        if (history[0]) void actions.undo(history[0]);
      },
    },
    !!view && !actions.busy,
  );

  if (!status?.folder) return <Empty text="Open a folder to see how it spells names." />;
  if (status.state === 'indexing') return <Empty text="Reading the folder… name spellings appear when it is indexed." />;

  const total = (view?.groups.length ?? 0) + (view?.names.length ?? 0);
  return (
    <section className="variants-view" aria-label="Name spellings">
      <VariantsToolbar shown={visible.length} total={total} toReview={(view?.groups ?? []).filter((g) => g.confidence === 'possible').length} />
      <SelectionBar
        picked={picked}
        busy={actions.busy}
        onMerge={actions.merge}
        onReject={(gs) => void actions.reject(gs, groups.find((g) => !gs.includes(g)))}
        onClear={() => updatePanel({ picked: [] })}
      />
      <div className="variants-notes">
        <ErrorNote error={data.error ?? actions.error} />
        <p role="status" className="decision-note">
          {actions.message}
        </p>
      </div>
      {!view && data.loading && <Empty text="Loading name spellings…" />}
      {view && (
        <div className="variants-body">
          {total === 0 ? (
            <Empty
              text={
                history.some((e) => e.kind === 'reject')
                  ? 'You have set every group aside as not one name. Undo a decision under “Your decisions” to bring its group back.'
                  : 'No name is spelt more than one way here.'
              }
            />
          ) : (
            <>
              <GroupList groups={groups} names={names} open={open?.id ?? null} picked={panel.picked} confirmed={confirmed} />
              {open ? (
                <GroupDetail
                  key={open.id}
                  group={open}
                  isName={!openIsWord}
                  confirmed={confirmed.has(open.id)}
                  busy={actions.busy}
                  actions={actions}
                  onConfirm={confirmOpen}
                  onReject={rejectOpen}
                />
              ) : (
                <Empty text="No name matches the filters." />
              )}
            </>
          )}
          <DecisionHistory entries={history} busy={actions.busy} onUndo={(e) => void actions.undo(e)} onReset={actions.reset} />
        </div>
      )}
    </section>
  );
}
