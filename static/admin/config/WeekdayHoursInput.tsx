import { useEffect, useState } from 'react';
import { Field } from '../../shared/Field.js';
import { toFieldPath, type PathSegment } from '../../shared/fieldPath.js';
import { formatWindows, parseWindows, type Window } from './workingWindows.js';

/** One weekday's working windows typed as "09:00-17:00, …"; empty means a day off. */
export function WeekdayHoursInput({ path, label, windows, onChange }: {
  path: readonly PathSegment[];
  label: string;
  windows: readonly Window[] | undefined;
  onChange: (windows: Window[]) => void;
}) {
  const [text, setText] = useState(formatWindows(windows));
  useEffect(() => {
    // Rewrite the text only when the windows changed from outside (an import, a reload).
    if (formatWindows(parseWindows(text)) !== formatWindows(windows)) setText(formatWindows(windows));
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [windows]);
  return (
    <Field path={toFieldPath(path)} label={label} nested width={130}>
      {(c) => <input {...c} type="text" value={text} placeholder="day off"
        onChange={(e) => { setText(e.target.value); onChange(parseWindows(e.target.value)); }} />}
    </Field>
  );
}
