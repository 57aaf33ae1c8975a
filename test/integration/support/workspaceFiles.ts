// Files the integration tests write into the folder the test workbench opens.
import * as assert from 'assert';
import * as vscode from 'vscode';

export async function writeWorkspaceFile(relativePath: string, content: string): Promise<vscode.Uri> {
  const folder = vscode.workspace.workspaceFolders?.[0];
  assert.ok(folder, 'the test workbench opens a folder');
  const uri = vscode.Uri.joinPath(folder.uri, relativePath);
  await vscode.workspace.fs.writeFile(uri, new TextEncoder().encode(content));
  return uri;
}
