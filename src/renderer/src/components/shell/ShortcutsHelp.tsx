import { REVIEW_KEYS } from '../../variants/review-keys';
import { Modal } from '../common/Modal';

const MOD = /Mac|iPhone|iPad/.test(navigator.platform) ? '⌘' : 'Ctrl';

const SHORTCUTS: [string, string][] = [
  [`${MOD}+K or /`, 'Focus the search box'],
  ['Enter', 'Run the search (in the box); open the selected result'],
  ['↓ / ↑', 'Move through the results'],
  ['Enter / Shift+Enter', 'Next / previous hit in the article'],
  ['Esc', 'Back to the results (keeps your place)'],
  [`${MOD}+click`, 'Select a result for comparison (or tick its Select box)'],
  ['C', 'Compare the two selected results; with fewer, “Compare with…”'],
  ['n / p', 'Next / previous difference in a comparison'],
  ['?', 'Show this help'],
];

const SYNTAX: [string, string][] = [
  ['"exact phrase"', 'Words in this order'],
  ['+must', 'Must contain the word'],
  ['-not', 'Must not contain the word'],
  ['title:word', 'Word in the title'],
  ['wild*', 'Any ending'],
  ['fuzzy~1', 'One letter may differ'],
];

export function ShortcutsHelp({ onClose }: { onClose(): void }) {
  return (
    <Modal title="Keyboard shortcuts" onClose={onClose}>
      <dl className="shortcuts">
        {SHORTCUTS.map(([k, d]) => (
          <div key={k}>
            <dt>
              <kbd>{k}</kbd>
            </dt>
            <dd>{d}</dd>
          </div>
        ))}
      </dl>
      <h3>Name spellings (Variants tab)</h3>
      <dl className="shortcuts">
        {REVIEW_KEYS.map(([k, d]) => (
          <div key={k}>
            <dt>
              <kbd>{k}</kbd>
            </dt>
            <dd>{d}</dd>
          </div>
        ))}
      </dl>
      <h3>Search syntax</h3>
      <dl className="shortcuts">
        {SYNTAX.map(([k, d]) => (
          <div key={k}>
            <dt>
              <code>{k}</code>
            </dt>
            <dd>{d}</dd>
          </div>
        ))}
      </dl>
    </Modal>
  );
}
