/**
 * An exported Urdu chart carries its font. A PNG is drawn from the SVG as an
 * image, and an image cannot use the page's fonts; an SVG file opened on
 * another machine may find no Urdu font either. So, in Urdu only, the
 * Nastaliq font the app bundles (Arabic-script glyphs, ~160 kB) is embedded
 * in the SVG as a data URL. It is read from the app's own files, which the
 * service worker keeps, so this works offline too.
 */
import nastaliqUrl from '@fontsource/noto-nastaliq-urdu/files/noto-nastaliq-urdu-arabic-400-normal.woff2?url';

let face: Promise<string> | null = null;

function base64(bytes: Uint8Array): string {
  let text = '';
  for (let i = 0; i < bytes.length; i += 0x8000) text += String.fromCharCode(...bytes.subarray(i, i + 0x8000));
  return btoa(text);
}

/** The @font-face rule with the font inline (fetched once per page). */
export function urduFontFace(fetchFont: typeof fetch = fetch): Promise<string> {
  face ??= fetchFont(nastaliqUrl)
    .then((r) => {
      if (!r.ok) throw new Error(`${r.status} ${r.statusText}`);
      return r.arrayBuffer();
    })
    .then((buf) => `@font-face{font-family:'Noto Nastaliq Urdu';font-style:normal;font-weight:100 900;src:url(data:font/woff2;base64,${base64(new Uint8Array(buf))}) format('woff2')}`)
    .catch((e: unknown) => {
      face = null;
      throw e;
    });
  return face;
}

/** The SVG with the font rule in a <style> right after its opening tag. */
export function withFontFace(svg: string, rule: string): string {
  return svg.replace(/(<svg\b[^>]*>)/, `$1\n<defs><style>${rule}</style></defs>`);
}
