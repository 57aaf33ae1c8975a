import { parse as parseYaml } from 'yaml';
import { escapeHtml } from '../../common/html';
import { samplingDistribution } from './samplingMath';
import { checkSamplingSpec, formatLogit, formatPercent, type SamplingSpec, type SamplingWidgetLabels } from './samplingSpec';

/** The fence language of the interactive sampling widget: ```sampling. */
export const samplingBlockLanguage = 'sampling';

/** English labels for hosts that pass none (tests, older callers); the lesson panel passes localized ones. */
export const defaultSamplingLabels: SamplingWidgetLabels = {
  title: 'Try it: temperature and top-p',
  temperature: 'Temperature',
  topP: 'Top-p',
  token: 'Next token',
  logit: 'Logit',
  probability: 'Probability',
  afterTopP: 'Chance of being sampled',
  cut: 'cut by top-p',
  keptSummary: 'Top-p keeps {0} of {1} tokens; their probabilities are rescaled to add up to 100%.',
  greedy: 'Temperature 0: the model always takes the likeliest token (greedy decoding).',
  reset: 'Reset',
  locale: 'en',
};

export function parseSamplingBlock(source: string): SamplingSpec | undefined {
  try {
    return checkSamplingSpec(parseYaml(source));
  } catch {
    return undefined;
  }
}

/** Base64 of UTF-8 JSON, so the data survives attribute quoting and the page's sanitizer. */
function encodeData(data: unknown): string {
  let binary = '';
  for (const byte of new TextEncoder().encode(JSON.stringify(data))) {
    binary += String.fromCharCode(byte);
  }
  return btoa(binary);
}

/**
 * A placeholder the lesson page hydrates into sliders. Until then (or if scripts never run) it
 * shows the same table at the block's starting settings, so the content is never lost.
 */
export function renderSamplingWidget(spec: SamplingSpec, labels: SamplingWidgetLabels): string {
  const distribution = samplingDistribution(spec.logits, spec);
  const rows = spec.tokens.map((token, index) => `<tr${distribution.kept[index] ? '' : ' class="cut"'}><td><code>${escapeHtml(JSON.stringify(token))}</code></td><td>${formatLogit(spec.logits[index], labels.locale)}</td><td>${formatPercent(distribution.probabilities[index], labels.locale)}</td><td>${distribution.kept[index] ? formatPercent(distribution.sampling[index], labels.locale) : escapeHtml(labels.cut)}</td></tr>`);
  const settings = `${escapeHtml(labels.temperature)} ${spec.temperature} · ${escapeHtml(labels.topP)} ${spec.topP}`;
  return `<figure class="sampling-widget" data-sampling="${encodeData({ spec, labels })}">`
    + `<figcaption><strong>${escapeHtml(labels.title)}</strong>: <q>${escapeHtml(spec.context)}</q> <span class="sampling-settings">(${settings})</span></figcaption>`
    + `<table class="sampling-table"><thead><tr><th>${escapeHtml(labels.token)}</th><th>${escapeHtml(labels.logit)}</th><th>${escapeHtml(labels.probability)}</th><th>${escapeHtml(labels.afterTopP)}</th></tr></thead>`
    + `<tbody>${rows.join('')}</tbody></table></figure>`;
}
