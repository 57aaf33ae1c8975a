import type { DiagramTemplate } from './diagramTypes';
import { arrow, arrowheadDefinition, box, label, labelledBox, pathArrow } from './svgParts';

/** Retrieval-augmented generation: the indexing lane ahead of time, the answering lane per request. */
export const ragPipeline: DiagramTemplate = {
  name: 'rag-pipeline',
  width: 700,
  height: 330,
  textKeys: ['indexLane', 'docs', 'chunk', 'embed', 'store', 'queryLane', 'question', 'search', 'augment', 'llm', 'answer'],
  draw(text, id) {
    const head = `${id}-head`;
    const top = 44;
    const bottom = 214;
    const height = 56;
    return [
      arrowheadDefinition(head),
      box(6, 6, 688, 128, 'plain', 'dg-group'),
      label(16, 24, text('indexLane'), { anchor: 'start', className: 'dg-strong' }),
      labelledBox(16, top, 124, height, text('docs')),
      labelledBox(170, top, 124, height, text('chunk'), 'blue'),
      labelledBox(324, top, 170, height, text('embed'), 'blue'),
      labelledBox(524, top, 166, height, text('store'), 'purple'),
      arrow(140, top + 28, 168, top + 28, head),
      arrow(294, top + 28, 322, top + 28, head),
      arrow(494, top + 28, 522, top + 28, head),
      box(6, 150, 688, 174, 'plain', 'dg-group'),
      label(16, 168, text('queryLane'), { anchor: 'start', className: 'dg-strong' }),
      labelledBox(16, bottom, 96, height, text('question')),
      labelledBox(134, bottom, 160, height, text('search'), 'purple'),
      labelledBox(316, bottom, 172, height, text('augment'), 'orange'),
      labelledBox(510, bottom, 64, height, text('llm'), 'green'),
      labelledBox(594, bottom, 96, height, text('answer')),
      arrow(112, bottom + 28, 132, bottom + 28, head),
      arrow(294, bottom + 28, 314, bottom + 28, head),
      arrow(488, bottom + 28, 508, bottom + 28, head),
      arrow(574, bottom + 28, 592, bottom + 28, head),
      pathArrow(`M607,${top + height} V180 H214 V${bottom - 2}`, head, 'dg-dashed'),
      pathArrow(`M64,${bottom + height} V300 H402 V${bottom + height + 2}`, head, 'dg-dashed'),
    ].join('');
  },
};
