import { describe, expect, it } from 'vitest';
import { fileNameOf } from './fileName';

describe('fileNameOf', () => {
  it.each([
    ['stays.json', 'stays.json'],
    ['/home/desk/Tomari/data/stays.json', 'stays.json'],
    ['C:\\Users\\desk\\Tomari\\master.json.corrupt-1', 'master.json.corrupt-1'],
  ])('shows %s as %s', (path, name) => {
    expect(fileNameOf(path)).toBe(name);
  });
});
