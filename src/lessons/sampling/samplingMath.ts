/**
 * The arithmetic behind the "Inference parameters" lesson's try-it: next-token probabilities from
 * logits under temperature, then top-k and top-p (nucleus) filtering with renormalization, the way
 * providers describe their samplers. Pure, so the host's static table and the page's sliders agree.
 */

export interface SamplingSettings {
  /** 0 means greedy decoding: all probability on the likeliest token. */
  readonly temperature: number;
  /** In (0, 1]; 1 keeps every token. */
  readonly topP: number;
  /** Keep only the k likeliest tokens; undefined or 0 keeps all. */
  readonly topK?: number;
}

export interface SamplingDistribution {
  /** Softmax of logits / temperature, before any filtering. Sums to 1. */
  readonly probabilities: readonly number[];
  /** Whether top-k and top-p keep each token. */
  readonly kept: readonly boolean[];
  /** The distribution the next token is actually drawn from: kept tokens rescaled to sum to 1, others 0. */
  readonly sampling: readonly number[];
}

/** Cumulative sums are compared with this slack so 0.1 + 0.2 counts as reaching 0.3. */
const epsilon = 1e-9;

export function softmaxWithTemperature(logits: readonly number[], temperature: number): number[] {
  if (logits.length === 0) {
    return [];
  }
  if (temperature <= 0) {
    const best = indexOfMax(logits);
    return logits.map((_, index) => (index === best ? 1 : 0));
  }
  // Subtracting the largest logit first keeps Math.exp from overflowing; the result is unchanged.
  const scaled = logits.map((logit) => logit / temperature);
  const largest = Math.max(...scaled);
  const weights = scaled.map((value) => Math.exp(value - largest));
  const total = weights.reduce((sum, weight) => sum + weight, 0);
  return weights.map((weight) => weight / total);
}

/** Token indexes from likeliest to least likely; ties keep vocabulary order. */
export function rankByProbability(probabilities: readonly number[]): number[] {
  return probabilities.map((_, index) => index).sort((a, b) => probabilities[b] - probabilities[a] || a - b);
}

export function samplingDistribution(logits: readonly number[], settings: SamplingSettings): SamplingDistribution {
  const probabilities = softmaxWithTemperature(logits, settings.temperature);
  const ranked = rankByProbability(probabilities);
  const kept = probabilities.map(() => false);
  const topK = settings.topK && settings.topK > 0 ? settings.topK : ranked.length;
  let cumulative = 0;
  for (const [rank, index] of ranked.entries()) {
    if (rank >= topK) {
      break;
    }
    kept[index] = true;
    cumulative += probabilities[index];
    // The nucleus is the smallest set of likeliest tokens whose probabilities reach top-p.
    if (cumulative >= settings.topP - epsilon) {
      break;
    }
  }
  const keptTotal = probabilities.reduce((sum, probability, index) => (kept[index] ? sum + probability : sum), 0);
  const sampling = probabilities.map((probability, index) => (kept[index] && keptTotal > 0 ? probability / keptTotal : 0));
  return { probabilities, kept, sampling };
}

function indexOfMax(values: readonly number[]): number {
  return values.reduce((best, value, index) => (value > values[best] ? index : best), 0);
}
