/** The shell's signed-in user and theme; the server reads the same cookie for bridge calls. */
export interface DemoUser {
  email: string;
  accountId: string;
  displayName: string;
  role: string;
  apiToken: string;
}

const COOKIE = 'sandbox_user';
const DEFAULT_USER = 'sandbox-agent-ana';
let users: DemoUser[] = [];

export async function loadUsers(): Promise<DemoUser[]> {
  const res = await fetch('/__sandbox/users');
  users = (await res.json()) as DemoUser[];
  return users;
}

export function currentUser(): DemoUser {
  const match = /(?:^|;\s*)sandbox_user=([^;]+)/.exec(document.cookie);
  const id = match ? decodeURIComponent(match[1] ?? '') : DEFAULT_USER;
  const user = users.find((u) => u.accountId === id) ?? users.find((u) => u.accountId === DEFAULT_USER) ?? users[0];
  if (!user) throw new Error('No demo users');
  return user;
}

export function signInAs(accountId: string): void {
  document.cookie = `${COOKIE}=${encodeURIComponent(accountId)}; path=/; SameSite=Strict`;
}

export type ColorMode = 'light' | 'dark';

export function colorMode(): ColorMode {
  return localStorage.getItem('sandbox-theme') === 'dark' ? 'dark' : 'light';
}

export function setColorMode(mode: ColorMode): void {
  localStorage.setItem('sandbox-theme', mode);
  document.documentElement.setAttribute('data-shell-theme', mode);
}
