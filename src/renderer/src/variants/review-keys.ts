/** The Variants tab's keys, listed once for the tab's own hint and the keyboard help dialog. */
export const REVIEW_KEYS: readonly [keys: string, does: string][] = [
  ['j / ↓', 'Next group'],
  ['k / ↑', 'Previous group'],
  ['Enter / c', 'Same name: confirm the open group'],
  ['x / Delete', 'Not the same name: reject the open group'],
  ['u', 'Undo the last decision'],
];
