/** An SVG file drawn onto a canvas at twice its size, as a PNG. */
import { i18n } from '../../i18n/index';
import { MIME } from './download';

/**
 * A PNG the browser would not make, by its reason's key (exports:downloads.*): its menu words it when shown
 * (ChartDownloads), where it would otherwise be taken for the browser's own words.
 */
export class PngProblem extends Error {
  constructor(readonly key: 'pngNotDrawn' | 'noCanvas' | 'pngNotMade') {
    super(i18n.t(`exports:downloads.${key}`));
  }
}

export async function svgToPng(svg: string, width: number, height: number, pixelRatio = 2): Promise<Blob> {
  const url = URL.createObjectURL(new Blob([svg], { type: MIME.svg }));
  try {
    const image = new Image();
    await new Promise<void>((resolve, reject) => {
      image.onload = () => resolve();
      image.onerror = () => reject(new PngProblem('pngNotDrawn'));
      image.src = url;
    });
    const canvas = document.createElement('canvas');
    canvas.width = Math.round(width * pixelRatio);
    canvas.height = Math.round(height * pixelRatio);
    const context = canvas.getContext('2d');
    if (!context) throw new PngProblem('noCanvas');
    context.fillStyle = '#ffffff';
    context.fillRect(0, 0, canvas.width, canvas.height);
    context.drawImage(image, 0, 0, canvas.width, canvas.height);
    return await new Promise<Blob>((resolve, reject) =>
      canvas.toBlob((blob) => (blob ? resolve(blob) : reject(new PngProblem('pngNotMade'))), MIME.png),
    );
  } finally {
    URL.revokeObjectURL(url);
  }
}
