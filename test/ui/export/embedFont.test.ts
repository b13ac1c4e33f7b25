import { describe, expect, it } from 'vitest';
import { urduFontFace, withFontFace } from '../../../src/ui/export/embedFont';

describe('the Urdu font inside an exported SVG', () => {
  it('puts the rule in a <style> right after the opening tag, leaving the rest as it was', () => {
    const svg = '<?xml version="1.0"?>\n<svg xmlns="http://www.w3.org/2000/svg" width="10"><title>t</title></svg>';
    const out = withFontFace(svg, '@font-face{x}');
    expect(out).toBe('<?xml version="1.0"?>\n<svg xmlns="http://www.w3.org/2000/svg" width="10">\n<defs><style>@font-face{x}</style></defs><title>t</title></svg>');
    expect(new DOMParser().parseFromString(out, 'image/svg+xml').querySelector('parsererror')).toBeNull();
  });

  it('inlines the bundled font file as base64 once, and tries again after a failure', async () => {
    let calls = 0;
    const failing = (async () => {
      calls++;
      return new Response(null, { status: 404, statusText: 'Not Found' });
    }) as typeof fetch;
    await expect(urduFontFace(failing)).rejects.toThrow('404 Not Found');
    const bytes = new Uint8Array([0x77, 0x4f, 0x46, 0x32, 0, 255]);
    const working = (async (url: string) => {
      calls++;
      expect(String(url)).toMatch(/noto-nastaliq-urdu-arabic-400-normal\.woff2/);
      return new Response(bytes);
    }) as typeof fetch;
    const rule = await urduFontFace(working);
    expect(rule).toContain(`url(data:font/woff2;base64,${btoa(String.fromCharCode(...bytes))}) format('woff2')`);
    expect(rule).toContain("font-family:'Noto Nastaliq Urdu'");
    await urduFontFace(working);
    expect(calls).toBe(2);
  });
});
