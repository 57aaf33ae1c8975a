import * as vscode from 'vscode';

/**
 * An editor-tab icon in two colors, from media/tab-<name>-light.svg and -dark.svg. An SVG drawn
 * with `currentColor` has no text color to take as a tab image, and vanished in high contrast;
 * VS Code shows the dark variant in dark and high contrast dark themes, the light one otherwise.
 */
export function themedIcon(extensionUri: vscode.Uri, name: 'lesson' | 'quiz'): { light: vscode.Uri; dark: vscode.Uri } {
  return {
    light: vscode.Uri.joinPath(extensionUri, 'media', `tab-${name}-light.svg`),
    dark: vscode.Uri.joinPath(extensionUri, 'media', `tab-${name}-dark.svg`),
  };
}
