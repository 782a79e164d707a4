import { useEffect, useMemo, useRef } from 'react';
import { useStatus } from '../../hooks/use-status';
import { filterGroups, findGroupWith, sortGroups } from '../../variants/group-stats';
import { resetPanel, updatePanel, usePanelState } from '../../variants/panel-store';
import { useVariantsView } from '../../variants/use-variants';
import { ErrorNote } from '../common/ErrorNote';
import { GroupDetail } from './GroupDetail';
import { GroupList } from './GroupList';
import { MergeBar } from './MergeBar';
import { useVariantActions } from './use-variant-actions';
import { VariantsToolbar } from './VariantsToolbar';

function Empty({ text }: { text: string }) {
  return <p className="empty muted">{text}</p>;
}

/**
 * The Variants tab: every name the folder spells more than one way, who writes which spelling
 * and why they were grouped, with the decisions a user can make about them (merge, split out,
 * not the same name, undo all). Word groups can be decided; full names follow their words.
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
    const targets = ['.group-detail h2', '.group-list .group-open', '.variants-toolbar input'];
    targets.map((q) => document.querySelector<HTMLElement>(q)).find(Boolean)?.focus();
  }, [view]);

  const groups = useMemo(() => sortGroups(filterGroups(view?.groups ?? [], panel.filter), panel.sort), [view, panel.filter, panel.sort]);
  const names = useMemo(() => sortGroups(filterGroups(view?.names ?? [], panel.filter), panel.sort), [view, panel.filter, panel.sort]);
  // The open group among those the filter shows; a decision may have renamed it, so its spelling finds it.
  const visible = [...groups, ...names];
  const open = visible.find((g) => g.id === panel.open?.id) ?? (panel.open ? findGroupWith(visible, panel.open.spelling) : undefined) ?? visible[0];
  const picked = (view?.groups ?? []).filter((g) => panel.picked.includes(g.id));

  if (!status?.folder) return <Empty text="Open a folder to see how it spells names." />;
  if (status.state === 'indexing') return <Empty text="Reading the folder… name spellings appear when it is indexed." />;

  return (
    <section className="variants-view" aria-label="Name spellings">
      <VariantsToolbar
        shown={groups.length + names.length}
        total={(view?.groups.length ?? 0) + (view?.names.length ?? 0)}
        busy={actions.busy}
        onReset={actions.reset}
      />
      <MergeBar picked={picked} busy={actions.busy} onMerge={actions.merge} onClear={() => updatePanel({ picked: [] })} />
      <div className="variants-notes">
        <ErrorNote error={data.error ?? actions.error} />
        <p role="status" className="decision-note">
          {actions.message}
        </p>
      </div>
      {!view && data.loading && <Empty text="Loading name spellings…" />}
      {view && view.groups.length === 0 && view.names.length === 0 && <Empty text="No name is spelt more than one way here. Groups you took apart come back with “Undo all decisions”." />}
      {view && (view.groups.length > 0 || view.names.length > 0) && (
        <div className="variants-body">
          <GroupList groups={groups} names={names} open={open?.id ?? null} picked={panel.picked} />
          {open ? (
            <GroupDetail key={open.id} group={open} isName={!view.groups.includes(open)} busy={actions.busy} actions={actions} />
          ) : (
            <Empty text="No name matches the filter." />
          )}
        </div>
      )}
    </section>
  );
}
