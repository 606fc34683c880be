import type { BridgeSettings, BridgeLine as ContractBridgeLine } from '../../../contracts/incidentCommsConfig.js';

/**
 * Where and when a conference bridge opens: the part of the admin's bridge settings (defined once,
 * in the contracts) that choosing a line needs. A service's own line replaces the global one as
 * a whole, so a service URL is never paired with another bridge's dial-in.
 */
export type BridgeConfig = Pick<BridgeSettings, 'openAtOrAbove' | 'global' | 'services'>;
export type BridgeLine = ContractBridgeLine;
