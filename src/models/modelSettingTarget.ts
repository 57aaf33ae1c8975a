/** What `WorkspaceConfiguration.inspect` tells about the model setting (only the parts the choice needs). */
export interface ModelSettingScopes {
  readonly workspaceValue?: unknown;
  readonly workspaceFolderValue?: unknown;
}

/**
 * Where a picked model is saved. The learner's repository is theirs: a pick goes to the user
 * settings, unless the workspace already sets the model (then a user value would be hidden by it,
 * so the workspace value is the one to change). Without a folder there is no workspace to write.
 */
export function modelSettingTarget(scopes: ModelSettingScopes | undefined, hasWorkspaceFolder: boolean): 'user' | 'workspace' {
  const workspaceSetsModel = scopes?.workspaceValue !== undefined || scopes?.workspaceFolderValue !== undefined;
  return hasWorkspaceFolder && workspaceSetsModel ? 'workspace' : 'user';
}
