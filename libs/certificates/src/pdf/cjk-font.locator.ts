import { existsSync } from 'node:fs';

/** A font file pdfkit can embed, with the face to pick when the file is a collection (.ttc). */
export interface CjkFont {
  path: string;
  /** PostScript name of the face inside a TrueType collection; absent for a single-face file. */
  family?: string;
}

interface KnownCjkFont extends CjkFont {
  /** The Debian package that installs it. */
  debianPackage: string;
}

/**
 * Fonts from Debian packages, in order of preference, each checked to embed in pdfkit with its Chinese text
 * extracted back by pdftotext. WenQuanYi Micro Hei comes first: 5 MB, TrueType outlines (pdfkit subsets
 * them), and Latin glyphs too, so one face prints both languages. Droid Sans Fallback is not listed: it has
 * no Latin letters or digits.
 */
export const KNOWN_CJK_FONTS: readonly KnownCjkFont[] = [
  {
    path: '/usr/share/fonts/truetype/wqy/wqy-microhei.ttc',
    family: 'WenQuanYiMicroHei',
    debianPackage: 'fonts-wqy-microhei',
  },
  {
    path: '/usr/share/fonts/truetype/wqy/wqy-zenhei.ttc',
    family: 'WenQuanYiZenHei',
    debianPackage: 'fonts-wqy-zenhei',
  },
];

export const CJK_FONT_PACKAGE = 'fonts-wqy-microhei';

export class CjkFontNotFoundError extends Error {
  override readonly name = 'CjkFontNotFoundError';

  constructor(readonly searched: readonly string[]) {
    super(
      `No Chinese font for certificates was found (looked in ${searched.join(', ')}). ` +
        `Install the Debian package ${CJK_FONT_PACKAGE}: apt-get install ${CJK_FONT_PACKAGE}`,
    );
  }
}

export interface FindCjkFontOptions {
  /** An operator's own font file (a deployment's CJK_FONT_PATH, say); it wins when it exists. */
  path?: string;
  family?: string;
  /** For tests: where to look instead of the Debian paths. */
  candidates?: readonly CjkFont[];
  exists?: (path: string) => boolean;
}

/**
 * The font certificates are printed with. It is never downloaded: it must be installed with the system, so
 * a missing one is a setup error that names the package to install.
 */
export function findCjkFont(options: FindCjkFontOptions = {}): CjkFont {
  const exists = options.exists ?? existsSync;
  const explicit: CjkFont[] = options.path
    ? [
        {
          path: options.path,
          ...(options.family ? { family: options.family } : cjkFontFamilyOf(options.path)),
        },
      ]
    : [];
  const candidates = [...explicit, ...(options.candidates ?? KNOWN_CJK_FONTS)];
  const found = candidates.find((candidate) => exists(candidate.path));
  if (!found) throw new CjkFontNotFoundError(candidates.map((candidate) => candidate.path));
  return found.family === undefined ? { path: found.path } : { path: found.path, family: found.family };
}

/** The face to use in a known collection file, so a caller that has only a path still gets the right one. */
export function cjkFontFamilyOf(path: string): { family?: string } {
  const known = KNOWN_CJK_FONTS.find(
    (font) => font.path === path || path.endsWith(`/${font.path.split('/').at(-1)}`),
  );
  return known?.family === undefined ? {} : { family: known.family };
}
