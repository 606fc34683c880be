import { sandbox } from './api.js';

export interface ShellModule { moduleKey: string; type: string; title: string; visible: boolean; hiddenBecause?: string }

/** Which of the app's modules Jira would show the signed-in user (the server decides, per module type). */
export function shellModules(projectKey = 'ITOPS'): Promise<ShellModule[]> {
  return sandbox<ShellModule[]>(`/__sandbox/modules?project=${encodeURIComponent(projectKey)}`);
}
