import { CjkFontNotFoundError, KNOWN_CJK_FONTS, cjkFontFamilyOf, findCjkFont } from './cjk-font.locator.js';

describe('findCjkFont', () => {
  it('finds the installed Debian font with the face to use', () => {
    const font = findCjkFont();
    expect(KNOWN_CJK_FONTS.map((known) => known.path)).toContain(font.path);
    expect(font.family).toMatch(/^WenQuanYi/);
  });

  it('prefers an operator-supplied file that exists', () => {
    const font = findCjkFont({ path: '/opt/fonts/custom.ttf', exists: () => true });
    expect(font).toEqual({ path: '/opt/fonts/custom.ttf' });
  });

  it('falls back through the known paths in order', () => {
    const font = findCjkFont({ exists: (path) => path.includes('zenhei') });
    expect(font).toEqual({ path: '/usr/share/fonts/truetype/wqy/wqy-zenhei.ttc', family: 'WenQuanYiZenHei' });
  });

  it('names the package to install when no font is there', () => {
    let error: unknown;
    try {
      findCjkFont({ path: '/missing.ttf', exists: () => false });
    } catch (caught) {
      error = caught;
    }
    expect(error).toBeInstanceOf(CjkFontNotFoundError);
    expect((error as Error).message).toContain('apt-get install fonts-wqy-microhei');
    expect((error as CjkFontNotFoundError).searched[0]).toBe('/missing.ttf');
  });

  it('knows the face of a known collection copied elsewhere', () => {
    expect(cjkFontFamilyOf('/srv/fonts/wqy-microhei.ttc')).toEqual({ family: 'WenQuanYiMicroHei' });
    expect(cjkFontFamilyOf('/srv/fonts/other.ttf')).toEqual({});
  });
});
