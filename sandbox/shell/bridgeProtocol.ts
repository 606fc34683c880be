/**
 * Messages between a Custom UI iframe (the guest) and the shell page (the host). The iframe is
 * sandboxed with an opaque origin, so postMessage is the only way across; the marker keeps
 * other frames' messages out.
 */
export const BRIDGE_MARK = '__sandboxBridge';

export interface BridgeCall {
  [BRIDGE_MARK]: 'call';
  id: number;
  command: string;
  payload: unknown;
}

export interface BridgeReply {
  [BRIDGE_MARK]: 'reply';
  id: number;
  ok: boolean;
  result?: unknown;
  error?: string;
}

/** Pushed by the host: the theme changed, or an event another frame emitted. */
export interface BridgePush {
  [BRIDGE_MARK]: 'push';
  kind: 'theme' | 'event';
  colorMode?: 'light' | 'dark';
  event?: string;
  payload?: unknown;
}

export type BridgeMessage = BridgeCall | BridgeReply | BridgePush;

export function isBridgeMessage(data: unknown): data is BridgeMessage {
  return typeof data === 'object' && data !== null && BRIDGE_MARK in data;
}
