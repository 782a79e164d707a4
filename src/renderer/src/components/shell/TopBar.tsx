import { useStatus } from '../../hooks/use-status';
import { useUi } from '../../state/ui-context';
import { formatCount, visiblePath } from '../../text/format';
import { FolderPanel } from './FolderPanel';
import { ProgressBar } from './ProgressBar';

export function TopBar() {
  const { status, cancelIndexing } = useStatus();
  const { state, dispatch } = useUi();
  const setPanel = (open: boolean) => dispatch({ type: 'setFolderPanel', open });
  const skipped = status?.skipped.length ?? 0;

  return (
    <header className="topbar">
      <div className="topbar-row">
        <span className="brand">Parallax</span>
        <span className="folder-name" title={status?.folder ? visiblePath(status.folder) : undefined}>
          {status?.folderName ? visiblePath(status.folderName) : 'No folder open'}
        </span>
        <button
          type="button"
          aria-expanded={state.folderPanelOpen}
          aria-controls="folder-panel"
          // With no folder open the panel is the whole point: the button only ever opens it.
          onClick={() => setPanel(status?.folder ? !state.folderPanelOpen : true)}
        >
          Open folder…
        </button>
        {status && status.folder && (
          <span className="counts">
            <span>{formatCount(status.documents, 'document')}</span>
            {skipped > 0 && (
              <button type="button" className="link-button" onClick={() => dispatch({ type: 'setSkipped', open: true })}>
                {skipped.toLocaleString('en-GB')} skipped
              </button>
            )}
            {status.fromCache && <span className="muted">from saved index</span>}
          </span>
        )}
        {status?.state === 'indexing' && <ProgressBar status={status} onCancel={() => void cancelIndexing()} />}
        <span className="spacer" />
        <button
          type="button"
          className="icon-button help-button"
          aria-label="Keyboard shortcuts"
          title="Keyboard shortcuts (?)"
          onClick={() => dispatch({ type: 'setHelp', open: true })}
        >
          ?
        </button>
      </div>
      {state.folderPanelOpen && (
        <div id="folder-panel">
          <FolderPanel onDone={() => setPanel(false)} />
        </div>
      )}
    </header>
  );
}
