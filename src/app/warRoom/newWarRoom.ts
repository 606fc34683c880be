import type { WarRoom } from '../../contracts/warRoom.js';

export function newWarRoom(incidentKey: string, why: string, drill: boolean): WarRoom {
  return {
    schema: 1, incidentKey, provider: 'slack', state: 'pending', why, drill, channelId: null, channelName: null, url: null, openedAt: null,
    namesTaken: [], invited: [], notInSlack: [], summaryTs: null, pinned: false, postedThrough: null, posts: 0, retryAt: null, lastError: null, archivedAt: null,
  };
}
