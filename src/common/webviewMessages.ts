// Messages every page understands, typed once for the host (src/) and the pages (src/webview/).

/** Something failed on the host while handling the page's request: the page shows `text`. */
export interface HostErrorMessage {
  readonly type: 'hostError';
  readonly text: string;
}
