import { describe, expect, it, vi } from 'vitest';
import { createUnsavedRegistry } from './registry';

describe('the unsaved-changes registry', () => {
  it('is dirty while any form is, and clean once every form is saved or gone', () => {
    const registry = createUnsavedRegistry(null);
    registry.set('identity', true);
    registry.set('care', true);
    registry.set('identity', false);
    expect(registry.isDirty()).toBe(true);
    registry.set('care', false);
    expect(registry.isDirty()).toBe(false);
  });

  it('tells its listener only when the whole scope turns dirty or clean', () => {
    const onChange = vi.fn();
    const registry = createUnsavedRegistry(null, onChange);
    registry.set('a', true);
    registry.set('b', true);
    registry.set('a', false);
    registry.set('b', false);
    registry.set('b', false);
    expect(onChange.mock.calls).toEqual([[true], [false]]);
  });

  it('passes a form in a dialog on to the screen, and keeps the screen out of the dialog', () => {
    const screen = createUnsavedRegistry(null);
    const dialog = createUnsavedRegistry(screen);
    screen.set('block-form', true);
    expect(dialog.isDirty()).toBe(false);
    dialog.set('bed-form', true);
    screen.set('block-form', false);
    expect(screen.isDirty()).toBe(true);
    dialog.set('bed-form', false);
    expect(screen.isDirty()).toBe(false);
  });
});
