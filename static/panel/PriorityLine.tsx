import SectionMessage from '@atlaskit/section-message';
import type { IncidentPriorityView } from '../../src/contracts/resolvers.js';
import { subtle } from '../shared/styles.js';

const sourceWords: Record<IncidentPriorityView['source'], string> = {
  matrix: 'from impact × urgency',
  jira: "from Jira's priority",
  floor: "the service's criticality floor",
  lowest: 'nothing set: the matrix’s lowest',
};

/** The effective priority, what decided it, and a conflict the agent should resolve in the fields. */
export function PriorityLine({ priority }: { priority: IncidentPriorityView }) {
  const { conflict } = priority;
  return (
    <div data-testid="effective-priority">
      <span>Priority <strong>{priority.priority}</strong> <span style={subtle}>({sourceWords[priority.source]})</span></span>
      {conflict && (
        <div data-testid="priority-conflict">
          <SectionMessage appearance="warning" title="Priority fields disagree">
            Jira&apos;s priority is {conflict.jiraPriority} ({conflict.jira}) but impact and urgency give {conflict.matrix}.
            The app escalates as {priority.priority}; change whichever field is wrong.
          </SectionMessage>
        </div>
      )}
    </div>
  );
}
