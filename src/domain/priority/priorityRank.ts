import { priorities, type Priority } from '../../contracts/common.js';

/** 1 for P1 … 5 for P5: lower is more urgent. */
export function priorityRank(p: Priority): number {
  return priorities.indexOf(p) + 1;
}

/** The more urgent of two priorities. */
export function morePressing(a: Priority, b: Priority): Priority {
  return priorityRank(a) <= priorityRank(b) ? a : b;
}
