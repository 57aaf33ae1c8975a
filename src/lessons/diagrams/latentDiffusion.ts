import type { DiagramTemplate } from './diagramTypes';
import { arrow, arrowheadDefinition, box, label, labelledBox, pathArrow } from './svgParts';

/** Latent diffusion (Stable Diffusion): text conditions a denoiser that works in a small latent space. */
export const latentDiffusion: DiagramTemplate = {
  name: 'latent-diffusion',
  width: 700,
  height: 330,
  textKeys: ['prompt', 'textEncoder', 'noise', 'denoiser', 'steps', 'crossAttention', 'cleanLatent', 'decoder', 'image', 'latentSpace'],
  draw(text, id) {
    const head = `${id}-head`;
    return [
      arrowheadDefinition(head),
      labelledBox(20, 20, 150, 50, text('prompt')),
      labelledBox(220, 20, 170, 50, text('textEncoder'), 'blue'),
      arrow(170, 45, 218, 45, head),
      box(10, 110, 560, 210, 'plain', 'dg-group'),
      label(20, 128, text('latentSpace'), { anchor: 'start', className: 'dg-strong' }),
      labelledBox(20, 190, 130, 60, text('noise')),
      labelledBox(220, 180, 170, 80, text('denoiser'), 'orange'),
      labelledBox(440, 190, 120, 60, text('cleanLatent')),
      arrow(150, 220, 218, 220, head),
      arrow(390, 220, 438, 220, head),
      pathArrow('M305,70 V178', head),
      label(312, 124, text('crossAttention'), { anchor: 'start', className: 'dg-small' }),
      pathArrow('M360,260 C360,306 250,306 250,262', head, 'dg-dashed'),
      label(305, 310, text('steps'), { className: 'dg-small' }),
      labelledBox(590, 110, 100, 60, text('decoder'), 'blue'),
      labelledBox(590, 230, 100, 80, text('image'), 'green'),
      pathArrow('M560,200 H575 V140 H588', head),
      arrow(640, 170, 640, 228, head),
    ].join('');
  },
};
