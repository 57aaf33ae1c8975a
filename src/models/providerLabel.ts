import * as vscode from 'vscode';
import type { ProviderId } from './modelCatalog';

/** The name under which a provider's models are listed (picker, tokenizer view, tooltips). */
export function providerLabel(provider: ProviderId): string {
  switch (provider) {
    case 'amazon':
      return 'Amazon';
    case 'anthropic':
      return 'Anthropic';
    case 'meta':
      return 'Meta';
    case 'mistral':
      return 'Mistral AI';
    case 'cohere':
      return 'Cohere';
    case 'deepseek':
      return 'DeepSeek';
    case 'qwen':
      return 'Qwen';
    case 'openai':
      return 'OpenAI';
    case 'google':
      return 'Google';
    case 'user':
      return vscode.l10n.t('Your tokenizers');
  }
}

/** Who sells at a price: the provider's own API or Amazon Bedrock. */
export function sellerLabel(seller: 'provider' | 'bedrock', provider: ProviderId): string {
  return seller === 'bedrock' ? 'Amazon Bedrock' : vscode.l10n.t('{0} API', providerLabel(provider));
}
