import { parse as parseYaml } from 'yaml';
import { escapeHtml } from '../../common/html';
import { attentionWeights } from './attentionWeights';
import type { DiagramTemplate } from './diagramTypes';
import { diffusionSteps } from './diffusionSteps';
import { encoderDecoder } from './encoderDecoder';
import { fmLifecycle } from './fmLifecycle';
import { latentDiffusion } from './latentDiffusion';
import { ragPipeline } from './ragPipeline';
import { transformerBlock } from './transformerBlock';

export const diagramTemplates: ReadonlyMap<string, DiagramTemplate> = new Map(
  [transformerBlock, encoderDecoder, ragPipeline, fmLifecycle, latentDiffusion, diffusionSteps, attentionWeights].map((template) => [template.name, template]),
);

/** What a ```diagram block holds: which built-in diagram, its caption, and every word it shows. */
export interface DiagramSpec {
  readonly name: string;
  readonly caption: string;
  readonly text: Readonly<Record<string, string>>;
}

/** Reads a diagram block; undefined when it names no built-in diagram, lacks a caption, or misses a text key. */
export function parseDiagramBlock(source: string): DiagramSpec | undefined {
  let data: unknown;
  try {
    data = parseYaml(source);
  } catch {
    return undefined;
  }
  if (typeof data !== 'object' || data === null) {
    return undefined;
  }
  const { name, caption, text } = data as Record<string, unknown>;
  const template = typeof name === 'string' ? diagramTemplates.get(name) : undefined;
  if (!template || typeof caption !== 'string' || caption.trim() === '' || typeof text !== 'object' || text === null) {
    return undefined;
  }
  const words = text as Record<string, unknown>;
  const complete = template.textKeys.every((key) => typeof words[key] === 'string' && words[key].trim() !== '');
  return complete ? { name: template.name, caption, text: words as Record<string, string> } : undefined;
}

/**
 * The diagram as inline SVG inside a <figure> with a visible caption. Inline, not an <img>, so its
 * classes pick up the page's theme colors; the caption also names the picture for screen readers.
 */
export function renderDiagram(spec: DiagramSpec, id: string): string {
  const template = diagramTemplates.get(spec.name);
  if (!template) {
    return '';
  }
  const captionId = `${id}-caption`;
  const body = template.draw((key) => spec.text[key] ?? '', id);
  return `<figure class="diagram" data-diagram="${escapeHtml(spec.name)}">`
    + `<svg class="dg" role="img" aria-labelledby="${captionId}" viewBox="0 0 ${template.width} ${template.height}" width="${template.width}" height="${template.height}" xmlns="http://www.w3.org/2000/svg">${body}</svg>`
    + `<figcaption id="${captionId}">${escapeHtml(spec.caption)}</figcaption></figure>`;
}
