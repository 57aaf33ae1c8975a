// Hydrates the lesson's ```sampling placeholders into sliders that recompute the next-token
// distribution as temperature and top-p change.
import { samplingDistribution } from '../../lessons/sampling/samplingMath';
import { checkSamplingLabels, checkSamplingSpec, formatLogit, formatPercent, type SamplingSpec, type SamplingWidgetLabels } from '../../lessons/sampling/samplingSpec';
import { element, format } from '../common/vscodeApi';

let widgetCount = 0;

export function hydrateSamplingWidgets(container: HTMLElement): void {
  for (const figure of container.querySelectorAll<HTMLElement>('figure.sampling-widget[data-sampling]')) {
    const data = decode(figure.dataset.sampling);
    const spec = checkSamplingSpec(data?.spec);
    const labels = checkSamplingLabels(data?.labels);
    // A placeholder the page cannot read keeps its static table: still correct, just not interactive.
    if (spec && labels) {
      hydrate(figure, spec, labels);
    }
  }
}

function decode(encoded: string | undefined): { spec?: unknown; labels?: unknown } | undefined {
  try {
    const binary = atob(encoded ?? '');
    const parsed: unknown = JSON.parse(new TextDecoder().decode(Uint8Array.from(binary, (character) => character.charCodeAt(0))));
    return typeof parsed === 'object' && parsed !== null ? parsed : undefined;
  } catch {
    return undefined;
  }
}

interface Slider {
  readonly row: HTMLElement;
  readonly input: HTMLInputElement;
  readonly output: HTMLOutputElement;
}

function slider(id: string, label: string, min: number, max: number, step: number, value: number): Slider {
  const input = element('input', { type: 'range', id, min: String(min), max: String(max), step: String(step), value: String(value) });
  const output = element('output', { for: id, className: 'sampling-value' });
  const row = element('div', { className: 'sampling-control' }, element('label', { for: id }, label), input, output);
  return { row, input, output };
}

function hydrate(figure: HTMLElement, spec: SamplingSpec, labels: SamplingWidgetLabels): void {
  const prefix = `sampling-${++widgetCount}`;
  const temperature = slider(`${prefix}-temperature`, labels.temperature, 0, 2, 0.05, spec.temperature);
  const topP = slider(`${prefix}-top-p`, labels.topP, 0.05, 1, 0.05, spec.topP);
  const reset = element('button', { type: 'button', className: 'secondary sampling-reset' }, labels.reset);
  const summary = element('p', { className: 'sampling-summary', role: 'status', 'aria-live': 'polite' });
  const body = element('tbody');
  const rows = spec.tokens.map((token, index) => {
    const probability = element('td', { className: 'sampling-probability' });
    const bar = element('div', { className: 'sampling-bar' });
    const chance = element('span', { className: 'sampling-chance' });
    const row = element('tr', { 'data-token-index': String(index) },
      element('td', {}, element('code', {}, JSON.stringify(token))),
      element('td', {}, formatLogit(spec.logits[index], labels.locale)),
      probability,
      element('td', {}, element('div', { className: 'sampling-track', 'aria-hidden': 'true' }, bar), chance));
    body.append(row);
    return { row, probability, bar, chance };
  });
  const table = element('table', { className: 'sampling-table' },
    element('thead', {}, element('tr', {},
      element('th', { scope: 'col' }, labels.token),
      element('th', { scope: 'col' }, labels.logit),
      element('th', { scope: 'col' }, labels.probability),
      element('th', { scope: 'col' }, labels.afterTopP))),
    body);

  const update = () => {
    const settings = { temperature: Number(temperature.input.value), topP: Number(topP.input.value) };
    temperature.output.value = settings.temperature.toFixed(2);
    topP.output.value = settings.topP.toFixed(2);
    const distribution = samplingDistribution(spec.logits, settings);
    rows.forEach(({ row, probability, bar, chance }, index) => {
      const kept = distribution.kept[index];
      row.classList.toggle('cut', !kept);
      probability.textContent = formatPercent(distribution.probabilities[index], labels.locale);
      // CSSOM writes are allowed under the page's CSP; inline style attributes are not.
      bar.style.width = `${(distribution.sampling[index] * 100).toFixed(2)}%`;
      chance.textContent = kept ? formatPercent(distribution.sampling[index], labels.locale) : labels.cut;
    });
    const keptCount = distribution.kept.filter(Boolean).length;
    summary.textContent = settings.temperature === 0 ? labels.greedy : format(labels.keptSummary, keptCount, spec.tokens.length);
  };
  temperature.input.addEventListener('input', update);
  topP.input.addEventListener('input', update);
  reset.addEventListener('click', () => {
    temperature.input.value = String(spec.temperature);
    topP.input.value = String(spec.topP);
    update();
  });

  const caption = element('figcaption', {}, element('strong', {}, labels.title), ': ', element('q', {}, spec.context));
  figure.replaceChildren(caption, element('div', { className: 'sampling-controls' }, temperature.row, topP.row, reset), table, summary);
  figure.classList.add('hydrated');
  update();
}
