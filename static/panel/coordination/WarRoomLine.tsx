import type { WarRoomView } from '../../../src/contracts/warRoom.js';
import { PersonName } from '../../shared/people/PersonName.js';
import { subtle } from '../../shared/styles.js';

/** The incident's Slack war room: a link to the channel, or why it is not open yet. */
export function WarRoomLine({ room }: { room: WarRoomView }) {
  return (
    <div data-testid="war-room" data-state={room.state} style={{ margin: 0 }}>
      {room.channelName && room.url
        ? <>War room: <a href={room.url} target="_blank" rel="noreferrer" data-testid="war-room-link">#{room.channelName}</a>{' '}
          <span style={subtle}>({room.state === 'archived' ? 'archived' : `${room.invited} invited, ${room.posts} updates posted`}; opened for {room.why}{room.drill ? ', drill' : ''})</span></>
        : <>War room: <span style={subtle}>not open yet ({room.why})</span></>}
      {room.lastError && <div style={subtle} data-testid="war-room-error">{room.lastError}{room.retryAt ? `; next try ${new Date(room.retryAt).toLocaleTimeString()}` : ''}</div>}
      {room.notInSlack.length > 0 && (
        <div style={subtle} data-testid="war-room-not-in-slack">Not found in Slack: {room.notInSlack.map((a, i) => <span key={a}>{i > 0 && ', '}<PersonName accountId={a} /></span>)}</div>
      )}
    </div>
  );
}
