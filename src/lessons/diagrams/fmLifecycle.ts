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
    const boxWidth = 150;
    const boxHeight = 44;
    const angleOf = (index: number) => -Math.PI / 2 + (index * 2 * Math.PI) / stages.length;
    const onRing = (angle: number) => ({ x: centerX + radiusX * Math.cos(angle), y: centerY + radiusY * Math.sin(angle) });
    const points = stages.map((_, index) => onRing(angleOf(index)));
    const boxes = stages.map((stage, index) =>
      labelledBox(round(points[index].x - boxWidth / 2), round(points[index].y - boxHeight / 2), boxWidth, boxHeight,
        `${index + 1}. ${text(stage)}`, stage === 'feedback' ? 'orange' : index < 3 ? 'blue' : 'green'));
    const insideBox = (point: { x: number; y: number }, index: number) =>
      Math.abs(point.x - points[index].x) < boxWidth / 2 + 6 && Math.abs(point.y - points[index].y) < boxHeight / 2 + 6;
    // Each arrow follows the ring from one box's edge to the next box's edge, so it never runs under a box.
    const arrows = points.map((_, index) => {
      const next = (index + 1) % points.length;
      const samples = Array.from({ length: 41 }, (_, step) => onRing(angleOf(index) + ((2 * Math.PI) / stages.length) * (step / 40)))
        .filter((point) => !insideBox(point, index) && !insideBox(point, next));
      if (samples.length < 2) {
        return '';
      }
      const d = samples.map((point, step) => `${step === 0 ? 'M' : 'L'}${round(point.x)},${round(point.y)}`).join(' ');
      return pathArrow(d, head, index === points.length - 1 ? 'dg-strong-arrow' : '');
    });
    return [arrowheadDefinition(head), ...arrows, ...boxes, label(centerX, centerY, text('center'), { className: 'dg-strong' })].join('');
  },
};

function round(value: number): number {
  return Math.round(value * 10) / 10;
}
