import { useCallback, useEffect, useState } from 'react';
import Button from '@atlaskit/button/new';
import type { MySubscriptionsView } from '../../src/contracts/commsSubscriptions.js';
import { invokeResolver, type ResolverError } from '../shared/api.js';
import { EmptyState } from '../shared/EmptyState.js';
import { ErrorState } from '../shared/ErrorState.js';
import { LoadingState } from '../shared/LoadingState.js';
import { notify } from '../shared/notify.js';
import { card, cell, heading, row, subtle, table } from '../shared/styles.js';

/**
 * "Services I follow": any signed-in user (stakeholders are often not agents) follows or stops
 * following a configured service, and then gets the business email when an escalation on it
 * starts. Every change answers with the whole updated view, so the list shown is always the
 * server's, never a local guess.
 */
export function Subscriptions() {
  const [view, setView] = useState<MySubscriptionsView | null>(null);
  const [error, setError] = useState<ResolverError | null>(null);
  const [busy, setBusy] = useState<string | null>(null);

  const load = useCallback(async () => {
    setError(null);
    const reply = await invokeResolver('getMySubscriptions', {});
    if (reply.ok) setView(reply.data);
    else setError(reply.error);
  }, []);

  useEffect(() => { void load(); }, [load]);

  const toggle = async (service: string, follow: boolean) => {
    setBusy(service);
    setError(null);
    const reply = await invokeResolver(follow ? 'subscribeToService' : 'unsubscribeFromService', { service });
    setBusy(null);
    if (reply.ok) {
      setView(reply.data);
      notify(follow ? `You now follow ${service}` : `You no longer follow ${service}`);
    } else {
      setError(reply.error);
    }
  };

  const since = new Map(view?.subscriptions.map((s) => [s.service, s.since]) ?? []);
  // A subscription to a service since removed from the configuration still shows, so it can be dropped.
  const services = view ? [...new Set([...view.services, ...since.keys()])].sort() : [];

  return (
    <section style={card} aria-labelledby="subscriptions-heading" data-testid="subscriptions">
      <h2 id="subscriptions-heading" style={heading}>Services I follow</h2>
      <p style={subtle}>Follow a service to get an email written for business readers when an escalation on it starts.</p>
      {error && <ErrorState error={error} onRetry={view ? undefined : () => void load()} />}
      {!view && !error && <LoadingState label="Loading your subscriptions…" />}
      {view && services.length === 0 && <EmptyState testId="subscriptions-empty">No services are configured yet.</EmptyState>}
      {view && services.length > 0 && (
        <table style={table}>
          <thead>
            <tr><th style={cell}>Service</th><th style={cell}>Following</th><th style={cell} aria-label="Action" /></tr>
          </thead>
          <tbody>
            {services.map((service) => {
              const followedSince = since.get(service);
              const following = followedSince !== undefined;
              return (
                <tr key={service} data-testid="subscription-row" data-service={service} data-following={String(following)}>
                  <td style={cell}>{service}</td>
                  <td style={cell} data-testid="subscription-state">
                    {following ? `Since ${new Date(followedSince).toLocaleDateString()}` : <span style={subtle}>Not following</span>}
                  </td>
                  <td style={cell}>
                    <div style={row}>
                      <Button
                        appearance={following ? 'default' : 'primary'}
                        isDisabled={busy !== null}
                        onClick={() => void toggle(service, !following)}
                        testId="subscription-toggle"
                      >
                        {following ? `Unfollow ${service}` : `Follow ${service}`}
                      </Button>
                    </div>
                  </td>
                </tr>
              );
            })}
          </tbody>
        </table>
      )}
    </section>
  );
}
