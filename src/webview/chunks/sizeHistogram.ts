// A histogram of chunk sizes in tokens, drawn in SVG (attributes, not inline styles, under the CSP).
import type { ShownChunk } from '../../chunkingView/chunksMessages';
import { format } from '../common/vscodeApi';

const svgNamespace = 'http://www.w3.org/2000/svg';
const width = 300;
const height = 80;
const maxBins = 12;

function svg<K extends keyof SVGElementTagNameMap>(tag: K, attributes: Record<string, string | number>): SVGElementTagNameMap[K] {
  const node = document.createElementNS(svgNamespace, tag);
  for (const [name, value] of Object.entries(attributes)) {
    node.setAttribute(name, String(value));
  }
  return node;
}

export interface Bin {
  readonly from: number;
  readonly to: number;
  readonly count: number;
}

/** Bins of equal width over the embedded chunks' token counts. */
export function sizeBins(chunks: readonly ShownChunk[]): Bin[] {
  const sizes = chunks.filter((chunk) => chunk.level !== 'parent').map((chunk) => chunk.tokens);
  if (sizes.length === 0) {
    return [];
  }
  let smallest = Infinity;
  let largest = 0;
  for (const size of sizes) {
    smallest = Math.min(smallest, size);
    largest = Math.max(largest, size);
  }
  const binCount = Math.max(1, Math.min(maxBins, largest - smallest + 1));
  const binWidth = Math.ceil((largest - smallest + 1) / binCount);
  const bins = Array.from({ length: binCount }, (_, index) => ({ from: smallest + index * binWidth, to: smallest + (index + 1) * binWidth - 1, count: 0 }));
  for (const size of sizes) {
    bins[Math.min(binCount - 1, Math.floor((size - smallest) / binWidth))].count++;
  }
  return bins;
}

export function drawHistogram(target: HTMLElement, chunks: readonly ShownChunk[], labels: { histogram: string; histogramBar: string }, numbers: Intl.NumberFormat): void {
  const bins = sizeBins(chunks);
  const most = Math.max(1, ...bins.map((bin) => bin.count));
  const descriptions = bins.map((bin) => format(labels.histogramBar, numbers.format(bin.count), numbers.format(bin.from), numbers.format(bin.to)));
  const chart = svg('svg', { viewBox: `0 0 ${width} ${height + 14}`, role: 'img', 'aria-label': `${labels.histogram}: ${descriptions.join('; ')}`, class: 'histogram-chart' });
  const barWidth = bins.length === 0 ? 0 : width / bins.length;
  bins.forEach((bin, index) => {
    const barHeight = bin.count === 0 ? 0 : Math.max(2, (bin.count / most) * height);
    const bar = svg('rect', { x: index * barWidth + 1, y: height - barHeight, width: Math.max(1, barWidth - 2), height: barHeight, class: 'bar' });
    const title = svg('title', {});
    title.textContent = descriptions[index];
    bar.append(title);
    chart.append(bar);
  });
  if (bins.length > 0) {
    const low = svg('text', { x: 0, y: height + 12, class: 'axis' });
    low.textContent = numbers.format(bins[0].from);
    const high = svg('text', { x: width, y: height + 12, class: 'axis', 'text-anchor': 'end' });
    high.textContent = numbers.format(bins[bins.length - 1].to);
    chart.append(low, high);
  }
  target.replaceChildren(chart);
}
