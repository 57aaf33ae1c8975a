import type { DiagramTemplate } from './diagramTypes';
import { arrowheadDefinition, label, labelledBox, pathArrow } from './svgParts';

const stages = ['data', 'model', 'pretrain', 'finetune', 'evaluate', 'deploy', 'feedback'] as const;

/** The seven lifecycle stages on a ring, with feedback leading back to data selection. */
export const fmLifecycle: DiagramTemplate = {
  name: 'fm-lifecycle',
  width: 620,
  height: 400,
  textKeys: [...stages, 'center'],
  draw(text, id) {
    const head = `${id}-head`;
    const centerX = 310;
    const centerY = 200;
    const radiusX = 230;
    const radiusY = 150;
    const boxWidth = 136;
    const boxHeight = 44;
    const points = stages.map((_, index) => {
      const angle = -Math.PI / 2 + (index * 2 * Math.PI) / stages.length;
      return { x: centerX + radiusX * Math.cos(angle), y: centerY + radiusY * Math.sin(angle) };
    });
    const boxes = stages.map((stage, index) =>
      labelledBox(round(points[index].x - boxWidth / 2), round(points[index].y - boxHeight / 2), boxWidth, boxHeight,
        `${index + 1}. ${text(stage)}`, stage === 'feedback' ? 'orange' : index < 3 ? 'blue' : 'green'));
    const arrows = points.map((from, index) => {
      const to = points[(index + 1) % points.length];
      // Shorten each arc so it runs between the boxes' edges, bending outwards a little.
      const start = towards(from, to, 62);
      const end = towards(to, from, 62);
      const bend = { x: (start.x + end.x) / 2 + (start.x + end.x - 2 * centerX) * 0.12, y: (start.y + end.y) / 2 + (start.y + end.y - 2 * centerY) * 0.12 };
      const className = index === points.length - 1 ? 'dg-strong-arrow' : '';
      return pathArrow(`M${round(start.x)},${round(start.y)} Q${round(bend.x)},${round(bend.y)} ${round(end.x)},${round(end.y)}`, head, className);
    });
    return [arrowheadDefinition(head), ...arrows, ...boxes, label(centerX, centerY, text('center'), { className: 'dg-strong' })].join('');
  },
};

function towards(from: { x: number; y: number }, to: { x: number; y: number }, distance: number): { x: number; y: number } {
  const length = Math.hypot(to.x - from.x, to.y - from.y);
  return { x: from.x + ((to.x - from.x) * distance) / length, y: from.y + ((to.y - from.y) * distance) / length };
}

function round(value: number): number {
  return Math.round(value * 10) / 10;
}
