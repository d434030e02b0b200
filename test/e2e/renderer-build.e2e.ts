/**
 * What the built renderer (the very bundle the app and the browser host serve) must not carry.
 * Needs the build, as every end-to-end test does (`npm test` builds first).
 */
import { readdir, readFile } from 'node:fs/promises';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';

const ASSETS = join(
  resolve(import.meta.dirname, '..', '..', process.env.TOMARI_OUT_DIR ?? 'out'),
  'renderer',
  'assets',
);

describe('the renderer build', () => {
  it("takes React Router's production build, not its development one", async () => {
    const scripts = (await readdir(ASSETS)).filter((name) => name.endsWith('.js'));
    const code = await Promise.all(scripts.map((name) => readFile(join(ASSETS, name), 'utf8')));
    // React Router itself is in the bundle (the router is drawn from it) ...
    expect(
      code.some((text) => text.includes('createHashRouter') || text.includes('useNavigate')),
    ).toBe(true);
    // ... but none of the checks and warnings only its development build makes. Its package
    // exports name the development build alone (React Router issue #14102), so without the
    // build's alias (electron.vite.config.ts) this message is in the bundle.
    const devOnly = 'You should not include both `Component` and `element` on your route';
    expect(code.filter((text) => text.includes(devOnly))).toHaveLength(0);
  });
});
