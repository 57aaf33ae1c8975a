import type { DiagramTemplate } from './diagramTypes';
import { box, label } from './svgParts';

/** Which earlier or later tokens each token may attend to: a full grid, or the causal triangle. */
function attentionGrid(x: number, y: number, causal: boolean): string {
  const size = 18;
  const cells: string[] = [];
  for (let row = 0; row < 4; row++) {
    for (let column = 0; column < 4; column++) {
      const visible = !causal || column <= row;
      cells.push(`<rect class="dg-cell${visible ? ' dg-cell-on' : ''}" x="${x + column * size}" y="${y + row * size}" width="${size - 2}" height="${size - 2}"/>`);
    }
  }
  return cells.join('');
}

function panel(x: number, prefix: 'enc' | 'dec' | 'ed', text: (key: string) => string): string {
  const width = 200;
  const center = x + width / 2;
  const grids = prefix === 'ed'
    ? attentionGrid(center - 80, 74, false) + attentionGrid(center + 8, 74, true)
    : attentionGrid(center - 36, 74, prefix === 'dec');
  const tone = prefix === 'enc' ? 'blue' : prefix === 'dec' ? 'orange' : 'green';
  return [
    box(x, 10, width, 290, tone),
    label(center, 34, text(`${prefix}Title`), { className: 'dg-strong' }),
    label(center, 56, text(`${prefix}Example`), { className: 'dg-small' }),
    grids,
    label(center, 176, text(`${prefix}Sees`)),
    label(center, 248, text(`${prefix}Use`)),
  ].join('');
}

/** Encoder-only, decoder-only and encoder-decoder transformers side by side, with their attention masks. */
export const encoderDecoder: DiagramTemplate = {
  name: 'encoder-vs-decoder',
  width: 650,
  height: 340,
  textKeys: [
    'encTitle', 'encExample', 'encSees', 'encUse',
    'decTitle', 'decExample', 'decSees', 'decUse',
    'edTitle', 'edExample', 'edSees', 'edUse',
    'legend',
  ],
  draw(text) {
    return [
      panel(10, 'enc', text),
      panel(225, 'dec', text),
      panel(440, 'ed', text),
      `<rect class="dg-cell dg-cell-on" x="12" y="314" width="16" height="16"/>`,
      label(36, 322, text('legend'), { anchor: 'start', className: 'dg-small' }),
    ].join('');
  },
};
