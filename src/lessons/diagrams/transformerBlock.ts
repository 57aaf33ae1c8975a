import type { DiagramTemplate } from './diagramTypes';
import { arrow, arrowheadDefinition, box, label, labelledBox, pathArrow } from './svgParts';

/** One decoder-style transformer block, bottom to top, with its residual connections. */
export const transformerBlock: DiagramTemplate = {
  name: 'transformer-block',
  width: 560,
  height: 430,
  textKeys: ['input', 'embed', 'block', 'attention', 'addNorm', 'ffn', 'residual', 'output'],
  draw(text, id) {
    const head = `${id}-head`;
    const x = 130;
    const width = 260;
    const center = x + width / 2;
    return [
      arrowheadDefinition(head),
      box(90, 78, 380, 250, 'plain', 'dg-group'),
      label(465, 92, text('block'), { anchor: 'end', className: 'dg-strong' }),
      labelledBox(x, 380, width, 36, text('input')),
      labelledBox(x, 336, width, 36, text('embed'), 'blue'),
      labelledBox(x, 268, width, 40, text('attention'), 'orange'),
      labelledBox(x, 218, width, 32, text('addNorm')),
      labelledBox(x, 150, width, 40, text('ffn'), 'green'),
      labelledBox(x, 100, width, 32, text('addNorm')),
      labelledBox(x, 14, width, 40, text('output'), 'purple'),
      arrow(center, 380, center, 374, head),
      arrow(center, 336, center, 310, head),
      arrow(center, 268, center, 252, head),
      arrow(center, 218, center, 192, head),
      arrow(center, 150, center, 134, head),
      arrow(center, 100, center, 56, head),
      pathArrow(`M${center},322 H${x + width + 40} V234 H${x + width + 2}`, head, 'dg-dashed'),
      pathArrow(`M${center},204 H${x + width + 40} V116 H${x + width + 2}`, head, 'dg-dashed'),
      label(x + width + 46, 278, text('residual'), { anchor: 'start', className: 'dg-small' }),
      label(x + width + 46, 160, text('residual'), { anchor: 'start', className: 'dg-small' }),
    ].join('');
  },
};
