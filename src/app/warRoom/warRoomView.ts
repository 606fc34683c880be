import type { WarRoom, WarRoomView } from '../../contracts/warRoom.js';

/** What the panel shows of a war room: never the token, never Slack's internal ids beyond the link. */
export function warRoomView(r: WarRoom): WarRoomView {
  return {
    state: r.state, channelName: r.channelName, url: r.url, why: r.why, drill: r.drill, invited: r.invited.length,
    notInSlack: r.notInSlack, posts: r.posts, lastError: r.lastError, retryAt: r.retryAt,
  };
}
