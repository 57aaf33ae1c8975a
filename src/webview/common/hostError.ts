import { element } from './vscodeApi';

/**
 * Shows a host error at the top of the page, as an alert a screen reader announces; a newer error
 * replaces the older one, and the learner can dismiss it.
 */
export function showHostError(text: string, dismissLabel: string): void {
  document.getElementById('host-error')?.remove();
  const close = element('button', { type: 'button', className: 'secondary host-error-close' }, dismissLabel);
  const banner = element('div', { id: 'host-error', className: 'host-error', role: 'alert' }, element('span', {}, text), close);
  close.addEventListener('click', () => banner.remove());
  document.body.prepend(banner);
}
