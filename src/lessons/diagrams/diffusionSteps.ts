import type { DiagramTemplate } from './diagramTypes';
import { arrow, arrowheadDefinition, label } from './svgParts';

// The lesson's DDPM table: at step t the image keeps weight √ᾱ_t and the noise gets √(1 − ᾱ_t).
const steps = [
  { t: '0', image: 1, noise: 0 },
  { t: '100', image: 0.947, noise: 0.321 },
  { t: '250', image: 0.724, noise: 0.69 },
  { t: '500', image: 0.28, noise: 0.96 },
  { t: '1000', image: 0.006, noise: 1 },
];

/** A fixed pseudo-random pattern (a linear congruential sequence), so the "noise" is identical on every render. */
function noiseCells(x: number, y: number, size: number, strength: number): string {
  let seed = 7;
  const cells: string[] = [];
  const cell = size / 8;
  for (let row = 0; row < 8; row++) {
    for (let column = 0; column < 8; column++) {
      seed = (seed * 1103515245 + 12345) % 2147483648;
      const shade = (seed % 1000) / 1000;
      cells.push(`<rect class="dg-noise" x="${x + column * cell}" y="${y + row * cell}" width="${cell}" height="${cell}" opacity="${(shade * strength).toFixed(2)}"/>`);
    }
  }
  return cells.join('');
}

function picture(x: number, y: number, size: number, weight: number): string {
  return `<g opacity="${weight}"><rect class="dg-sky" x="${x}" y="${y}" width="${size}" height="${size}"/>`
    + `<circle class="dg-sun" cx="${x + size * 0.7}" cy="${y + size * 0.3}" r="${size * 0.15}"/>`
    + `<path class="dg-hill" d="M${x},${y + size * 0.78} Q${x + size * 0.3},${y + size * 0.48} ${x + size * 0.62},${y + size * 0.72} T${x + size},${y + size * 0.66} V${y + size} H${x} z"/></g>`;
}

/** Forward diffusion adds noise step by step; reverse diffusion learns to remove it. */
export const diffusionSteps: DiagramTemplate = {
  name: 'diffusion-steps',
  width: 540,
  height: 250,
  textKeys: ['forward', 'reverse', 'clean', 'noise', 'step'],
  draw(text, id) {
    const head = `${id}-head`;
    const size = 84;
    const squares = steps.map((step, index) => {
      const x = 20 + index * 104;
      const y = 62;
      return picture(x, y, size, step.image)
        + noiseCells(x, y, size, step.noise)
        + `<rect class="dg-frame" x="${x}" y="${y}" width="${size}" height="${size}" rx="4"/>`
        + label(x + size / 2, y + size + 16, `${text('step')} = ${step.t}`, { className: 'dg-small' });
    });
    return [
      arrowheadDefinition(head),
      arrow(20, 40, 516, 40, head, 'dg-forward'),
      label(268, 20, text('forward'), { className: 'dg-strong' }),
      ...squares,
      label(62, 184, text('clean'), { className: 'dg-small' }),
      label(478, 184, text('noise'), { className: 'dg-small' }),
      arrow(516, 206, 20, 206, head, 'dg-reverse'),
      label(268, 232, text('reverse'), { className: 'dg-strong' }),
    ].join('');
  },
};
