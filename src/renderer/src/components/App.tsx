import { useCorpusSync } from '../hooks/use-corpus-sync';
import { useFolderDrop } from '../hooks/use-folder-drop';
import { useGlobalKeys } from '../hooks/use-global-keys';
import { SearchProvider } from '../hooks/use-search';
import { StatusProvider, useStatus } from '../hooks/use-status';
import { UiProvider, useUi } from '../state/ui-context';
import { ComparePicker } from './compare/ComparePicker';
import { CompareTray } from './compare/CompareTray';
import { CompareView } from './compare/CompareView';
import { Reader } from './reader/Reader';
import { SearchView } from './search/SearchView';
import { NoticeBanner } from './shell/NoticeBanner';
import { ShortcutsHelp } from './shell/ShortcutsHelp';
import { SkippedDialog } from './shell/SkippedDialog';
import { TopBar } from './shell/TopBar';
import { ViewTabs } from './shell/ViewTabs';
import { StoriesView } from './stories/StoriesView';
import { VariantsView } from './variants/VariantsView';

function CurrentView() {
  const { state } = useUi();
  // The search view places the reader beside its filters itself; elsewhere it takes the view.
  if (state.view === 'search') return <SearchView />;
  if (state.reader) return <Reader />;
  if (state.view === 'stories') return <StoriesView />;
  if (state.view === 'variants') return <VariantsView />;
  return <CompareView />;
}

function Dialogs() {
  const { state, dispatch } = useUi();
  const { status } = useStatus();
  return (
    <>
      {state.helpOpen && <ShortcutsHelp onClose={() => dispatch({ type: 'setHelp', open: false })} />}
      {state.skippedOpen && status && (
        <SkippedDialog skipped={status.skipped} onClose={() => dispatch({ type: 'setSkipped', open: false })} />
      )}
      {state.comparePick && <ComparePicker key={state.comparePick} id={state.comparePick} />}
    </>
  );
}

function Shell() {
  useGlobalKeys();
  useCorpusSync();
  const drop = useFolderDrop();
  return (
    <div className="app">
      <TopBar />
      <NoticeBanner />
      {drop.error && (
        <div role="alert" className="banner banner-error">
          <span>{drop.error}</span>
          <button type="button" className="small" onClick={drop.clearError}>
            Dismiss
          </button>
        </div>
      )}
      <ViewTabs />
      {/* Unnamed on purpose: named after its tab ("Search") it would collide with the search box label. */}
      <main id="view-panel" role="tabpanel" className="view">
        <CurrentView />
      </main>
      <CompareTray />
      <Dialogs />
      {drop.dragging && (
        <div className="drop-overlay" aria-hidden="true">
          Drop a folder to open it
        </div>
      )}
    </div>
  );
}

export function App() {
  return (
    <UiProvider>
      <StatusProvider>
        <SearchProvider>
          <Shell />
        </SearchProvider>
      </StatusProvider>
    </UiProvider>
  );
}
