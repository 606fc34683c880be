// The lists live in the contracts, which the admin UI shares; the domain names them as before.
export { audiences, AudienceSchema as audienceSchema, channels, ChannelSchema as channelSchema } from '../../../contracts/comms.js';
export type { Audience, Channel } from '../../../contracts/comms.js';
