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
      labelledBox(20, top, 130, height, text('docs')),
      labelledBox(190, top, 130, height, text('chunk'), 'blue'),
      labelledBox(360, top, 130, height, text('embed'), 'blue'),
      labelledBox(530, top, 150, height, text('store'), 'purple'),
      arrow(150, top + 28, 188, top + 28, head),
      arrow(320, top + 28, 358, top + 28, head),
      arrow(490, top + 28, 528, top + 28, head),
      box(6, 150, 688, 174, 'plain', 'dg-group'),
      label(16, 168, text('queryLane'), { anchor: 'start', className: 'dg-strong' }),
      labelledBox(20, bottom, 110, height, text('question')),
      labelledBox(160, bottom, 140, height, text('search'), 'purple'),
      labelledBox(330, bottom, 130, height, text('augment'), 'orange'),
      labelledBox(490, bottom, 80, height, text('llm'), 'green'),
      labelledBox(594, bottom, 92, height, text('answer')),
      arrow(130, bottom + 28, 158, bottom + 28, head),
      arrow(300, bottom + 28, 328, bottom + 28, head),
      arrow(460, bottom + 28, 488, bottom + 28, head),
      arrow(570, bottom + 28, 592, bottom + 28, head),
      pathArrow(`M605,${top + height} V180 H230 V${bottom - 2}`, head, 'dg-dashed'),
      pathArrow(`M75,${bottom + height} V300 H395 V${bottom + height + 2}`, head, 'dg-dashed'),
    ].join('');
  },
};
