import { describe, expect, it } from 'vitest';
import { ERROR_CODES } from '../../../shared/api/errors';
import { resources } from './resources';

function keysOf(tree: object, prefix = ''): string[] {
  return Object.entries(tree).flatMap(([key, value]) =>
    typeof value === 'object' && value !== null
      ? keysOf(value as object, `${prefix}${key}.`)
      : [`${prefix}${key}`],
  );
}

describe('translation resources', () => {
  it('have the same keys in Japanese and English', () => {
    expect(keysOf(resources.en.translation).sort()).toEqual(
      keysOf(resources.ja.translation).sort(),
    );
  });

  it('name every API error code', () => {
    for (const code of ERROR_CODES) {
      expect(resources.ja.translation.errors).toHaveProperty(code);
    }
  });

  it('leave no text empty', () => {
    for (const language of [resources.ja, resources.en]) {
      const tree = language.translation as object;
      for (const key of keysOf(tree)) {
        const value = key.split('.').reduce<unknown>((node, part) => {
          return typeof node === 'object' && node !== null
            ? (node as Record<string, unknown>)[part]
            : undefined;
        }, tree);
        expect(value, key).toMatch(/\S/);
      }
    }
  });
});
