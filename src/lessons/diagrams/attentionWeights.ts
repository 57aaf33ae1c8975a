import type { DiagramTemplate } from './diagramTypes';
import { box, label } from './svgParts';

// The lesson's worked example: the query of the third token attends to the three tokens with these weights.
const weights = [0.186, 0.506, 0.307];

/** One query token attending to three tokens: line widths and bar heights follow the softmax weights. */
export const attentionWeights: DiagramTemplate = {
  name: 'attention-weights',
  width: 500,
  height: 330,
  textKeys: ['queryLabel', 'tokenA', 'tokenB', 'tokenC', 'weightA', 'weightB', 'weightC', 'weightsLabel'],
  draw(text) {
    const columns = [90, 250, 410];
    const tokens = ['tokenA', 'tokenB', 'tokenC'];
    const values = ['weightA', 'weightB', 'weightC'];
    const baseline = 300;
    return [
      ...columns.map((x, index) => `<line class="dg-link" x1="250" y1="70" x2="${x}" y2="138" stroke-width="${(weights[index] * 26).toFixed(1)}"/>`),
      box(180, 20, 140, 50, 'orange'),
      label(250, 38, text('queryLabel'), { className: 'dg-small' }),
      label(250, 56, text('tokenC'), { className: 'dg-strong' }),
      ...columns.map((x, index) => box(x - 55, 140, 110, 40, 'blue') + label(x, 160, text(tokens[index]), { className: 'dg-strong' })),
      `<line class="dg-axis" x1="20" y1="${baseline}" x2="480" y2="${baseline}"/>`,
      ...columns.map((x, index) => {
        const height = weights[index] * 180;
        return `<rect class="dg-bar" x="${x - 25}" y="${(baseline - height).toFixed(1)}" width="50" height="${height.toFixed(1)}"/>`
          + label(x, baseline - height - 12, text(values[index]));
      }),
      label(20, 196, text('weightsLabel'), { anchor: 'start', className: 'dg-small' }),
    ].join('');
  },
};
