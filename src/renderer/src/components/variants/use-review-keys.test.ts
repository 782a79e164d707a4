import { describe, expect, it } from 'vitest';
import { reviewAction } from './use-review-keys';

describe('review queue keys', () => {
  it('j / k and the arrows move, c and Enter confirm, x and Delete reject, u undoes', () => {
    expect(['j', 'ArrowDown', 'k', 'ArrowUp', 'c', 'Enter', 'x', 'Delete', 'u'].map((k) => reviewAction(k, false))).toEqual([
      'next',
      'next',
      'previous',
      'previous',
      'confirm',
      'confirm',
      'reject',
      'reject',
      'undoLast',
    ]);
  });

  it('Enter on a button presses the button, not the confirm; other keys are not the queue’s', () => {
    expect(reviewAction('Enter', true)).toBeNull();
    expect(reviewAction('c', true)).toBe('confirm');
    expect(reviewAction('C', false)).toBeNull();
    expect(reviewAction('n', false)).toBeNull();
  });
});
