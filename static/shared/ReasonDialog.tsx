import { useRef, useState, type ReactNode } from 'react';
import Button from '@atlaskit/button/new';
import ModalDialog, { ModalBody, ModalFooter, ModalHeader, ModalTitle, ModalTransition } from '@atlaskit/modal-dialog';
import { Field } from './Field.js';
import { stack } from './styles.js';

const MIN_REASON = 3;

/**
 * Asks why before a change is made. Every change the back end audits needs a reason, so the
 * confirm button stays disabled until one is given; focus starts in the reason box and returns
 * to the button that opened the dialog when it closes.
 */
export function ReasonDialog({ open, title, confirmLabel, busy, onConfirm, onClose, children, testId = 'reason-dialog', inputTestId = 'change-reason-input' }: {
  open: boolean;
  title: string;
  confirmLabel: string;
  busy?: boolean;
  onConfirm: (reason: string) => void;
  onClose: () => void;
  children?: ReactNode;
  testId?: string;
  inputTestId?: string;
}) {
  const [reason, setReason] = useState('');
  const reasonRef = useRef<HTMLTextAreaElement>(null);
  const tooShort = reason.trim().length < MIN_REASON;
  return (
    <ModalTransition>
      {open && (
        <ModalDialog onClose={onClose} autoFocus={reasonRef} testId={testId} width="medium">
          <form onSubmit={(e) => {
            // React bubbles events through portals: keep this submit away from any form around the opener.
            e.preventDefault(); e.stopPropagation(); if (!tooShort) onConfirm(reason.trim()); }}>
            <ModalHeader><ModalTitle>{title}</ModalTitle></ModalHeader>
            <ModalBody>
              <div style={stack}>
                {children}
                <Field path="reason" label="Reason for this change (required)"
                  extraErrors={reason !== '' && tooShort ? [`at least ${MIN_REASON} characters`] : []}>
                  {(control) => (
                    <textarea {...control} data-testid={inputTestId} ref={reasonRef} rows={3} required
                      value={reason} onChange={(e) => setReason(e.target.value)} />
                  )}
                </Field>
              </div>
            </ModalBody>
            <ModalFooter>
              <Button appearance="subtle" onClick={onClose}>Cancel</Button>
              <Button appearance="primary" type="submit" isDisabled={tooShort || busy} testId={`${testId}-confirm`}>{confirmLabel}</Button>
            </ModalFooter>
          </form>
        </ModalDialog>
      )}
    </ModalTransition>
  );
}
