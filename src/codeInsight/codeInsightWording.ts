// Value notes and gentle-check findings in the learner's language.
import * as vscode from 'vscode';
import type { GentleFinding } from './gentleChecks';
import type { ValueNote } from './valueNotes';

function formatNumber(value: string | number | undefined): string {
  const number = typeof value === 'number' ? value : Number(value);
  return Number.isFinite(number) ? new Intl.NumberFormat(vscode.env.language, { maximumFractionDigits: 3 }).format(number) : String(value ?? '');
}

export function valueNoteMessage(note: ValueNote): string {
  const name = String(note.params.name ?? '');
  const value = formatNumber(note.params.value);
  switch (note.code) {
    case 'temperatureZero':
      return vscode.l10n.t('{0} {1}: the model nearly always picks the most likely token, good for extraction and classification; replies can still differ slightly between runs.', name, value);
    case 'temperatureLow':
      return vscode.l10n.t('{0} {1}: focused, mostly predictable output; a common choice for factual answers and code.', name, value);
    case 'temperatureBalanced':
      return vscode.l10n.t('{0} {1}: balanced variety; 1 is the default on OpenAI and Anthropic.', name, value);
    case 'temperatureAboveOne':
      return vscode.l10n.t('{0} {1}: above 1 most providers make output noticeably random; Bedrock\'s Anthropic models accept 0–1.', name, value);
    case 'temperatureAnthropicRange':
      return vscode.l10n.t('{0} {1}: Anthropic models, on Anthropic\'s API and on Amazon Bedrock, accept 0–1, so this value is rejected.', name, value);
    case 'temperatureOutOfRange':
      return vscode.l10n.t('{0} {1}: outside 0–2, the widest range providers accept (OpenAI), so this value is rejected.', name, value);
    case 'temperatureProviderRange':
      return vscode.l10n.t('{0} {1}: {2} accepts temperature from 0 to {3}, so this value is rejected.', name, value, String(note.params.provider), formatNumber(note.params.maximum));
    case 'temperatureAboveRecommended':
      return vscode.l10n.t('{0} {1}: above the 0–{3} that {2} recommends; replies get more random, which suits brainstorming more than facts.', name, value, String(note.params.provider), formatNumber(note.params.recommended));
    case 'temperatureUndocumentedRange':
      return vscode.l10n.t('{0} {1}: outside the usual 0–2; {2} documents no range for temperature, so try it and read the replies.', name, value, String(note.params.provider));
    case 'topPFull':
      return vscode.l10n.t('{0} {1}: the default; no tokens are cut before sampling.', name, value);
    case 'topPNucleus':
      return vscode.l10n.t('{0} {1}: the model samples only from the most likely tokens whose probabilities add up to {2}%. Change temperature or top_p, not both.', name, value, formatNumber(note.params.percent));
    case 'topPOutOfRange':
      return vscode.l10n.t('{0} {1}: top_p is a probability and must be between 0 and 1.', name, value);
    case 'topK':
      return vscode.l10n.t('{0} {1}: the model samples only from the {1} most likely next tokens.', name, value);
    case 'searchK':
      return vscode.l10n.t('{0} {1}: the search returns the {1} most similar chunks; more gives the model more context, and more noise and tokens.', name, value);
    case 'maxTokens':
      return vscode.l10n.t('{0} {1}: the reply stops after {1} tokens (about {2} English words), even mid-sentence. It caps the output, not the prompt.', name, value, formatNumber(note.params.words));
    case 'maxTokensAboveModelLimit':
      return vscode.l10n.t('{0} {1}: more than {2} can write in one reply ({3} tokens).', name, value, String(note.params.model), formatNumber(note.params.limit));
    case 'maxTokensUnlimited':
      return vscode.l10n.t('{0} {1}: no cap; Ollama lets the model write until it stops (−1) or until the context is full (−2).', name, value);
    case 'contextLength':
      return vscode.l10n.t('{0} {1}: the model sees at most {1} tokens, prompt and reply together; Ollama drops older text that does not fit.', name, value);
    case 'penaltyPositive':
      return vscode.l10n.t('{0} {1}: positive values make the model less likely to repeat tokens it has already used (range −2 to 2).', name, value);
    case 'penaltyNegative':
      return vscode.l10n.t('{0} {1}: negative values make repetition more likely (range −2 to 2).', name, value);
    case 'penaltyOutOfRange':
      return vscode.l10n.t('{0} {1}: outside −2 to 2, the range OpenAI accepts.', name, value);
    case 'seed':
      return vscode.l10n.t('{0} {1}: asks for repeatable sampling; providers treat it as best effort, so replies can still differ.', name, value);
    case 'choiceCount':
      return vscode.l10n.t('{0} {1}: {1} separate replies to the same prompt; you pay for the output tokens of every one.', name, value);
    case 'dimensions':
      return vscode.l10n.t('{0} {1}: each embedding has {1} numbers. Fewer save storage and search time at some loss of accuracy; Titan Text Embeddings V2 takes 256, 512 or 1024.', name, value);
    case 'normalizeOn':
      return vscode.l10n.t('{0} true: vectors are scaled to length 1, so the dot product equals cosine similarity.', name);
    case 'normalizeOff':
      return vscode.l10n.t('{0} false: vectors keep their length; compare them with cosine similarity, not the raw dot product.', name);
    case 'chunkSize':
      return vscode.l10n.t('{0} {1}: each chunk holds up to {1} units of the splitter\'s length function: characters by default in LangChain, not tokens.', name, value);
    case 'chunkOverlap':
      return vscode.l10n.t('{0} {1}: each chunk repeats about {2}% of a {3}-unit chunk from its neighbour, so a sentence cut at a boundary still appears whole in one chunk.', name, value, formatNumber(note.params.percent), formatNumber(note.params.size));
    case 'chunkOverlapNotSmaller':
      return vscode.l10n.t('{0} {1}: the overlap is not smaller than chunk_size ({2}); LangChain rejects a larger overlap, and an equal one repeats whole chunks.', name, value, formatNumber(note.params.size));
    case 'reasoningEffort':
      return vscode.l10n.t('{0} "{1}": more effort means more hidden reasoning tokens, billed as output, and slower replies.', name, String(note.params.value));
    case 'modelBedrockAnthropic':
      return vscode.l10n.t('{0}: an Anthropic Claude model on Amazon Bedrock; its temperature accepts 0–1.', String(note.params.value));
    case 'modelKnown':
      return vscode.l10n.t('{0}: {1}, with a context window of {2} tokens.', String(note.params.value), String(note.params.model), formatNumber(note.params.contextWindow));
  }
}

/** A finding's message: why it matters and what to read (`reading` names the lesson section). */
export function findingMessage(finding: GentleFinding, reading: string): string {
  const param = (name: string) => formatNumber(finding.params[name]);
  switch (finding.code) {
    case 'temperatureAndTopP':
      return vscode.l10n.t('Both temperature ({0}) and top_p ({1}) are changed from their defaults. Both reshape the same next-token distribution, so their effects mix; OpenAI and Anthropic advise changing one of them. Read: {2}.', param('temperature'), param('topP'), reading);
    case 'anthropicTemperatureAboveOne':
      return vscode.l10n.t('temperature {0} is above 1, but Anthropic models ({1}) accept 0–1, so the request fails validation. Read: {2}.', param('value'), String(finding.params.model), reading);
    case 'temperatureAboveProviderRange':
      return vscode.l10n.t('temperature {0} is above {1}, the highest value {2} accepts, so the request fails validation. Read: {3}.', param('value'), param('maximum'), String(finding.params.provider), reading);
    case 'maxTokensAboveModelLimit':
      return vscode.l10n.t('The output limit {0} is more than {1} can write in one reply ({2} tokens). Read: {3}.', param('value'), String(finding.params.model), param('limit'), reading);
    case 'promptOverContextWindow':
      return vscode.l10n.t('This prompt alone is {0} tokens, more than the {1}-token context window of {2}, so the request is rejected or cut. Read: {3}.', param('count'), param('contextWindow'), String(finding.params.model), reading);
    case 'chunkOverlapNotSmaller':
      return vscode.l10n.t('chunk_overlap ({0}) is not smaller than chunk_size ({1}): LangChain rejects a larger overlap, and an equal one repeats whole chunks. Read: {2}.', param('overlap'), param('size'), reading);
  }
}
