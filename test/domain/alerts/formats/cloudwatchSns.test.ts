import { cloudwatchSns } from '../../../../src/domain/alerts/formats/cloudwatchSns.js';
import { aContext } from '../context.js';

const TOPIC = 'arn:aws:sns:eu-west-1:111122223333:ops-alarms';
const ALARM_ARN = 'arn:aws:cloudwatch:eu-west-1:111122223333:alarm:api-5xx high';

// The alarm JSON CloudWatch publishes to SNS, per the documented notification format.
function anAlarm(overrides: Record<string, unknown> = {}): Record<string, unknown> {
  return {
    AlarmName: 'api-5xx high',
    AlarmDescription: 'API 5xx above threshold',
    AWSAccountId: '111122223333',
    AlarmConfigurationUpdatedTimestamp: '2026-04-01T12:00:00.000+0000',
    NewStateValue: 'ALARM',
    NewStateReason: 'Threshold Crossed: 1 datapoint [12.0] was greater than the threshold (5.0).',
    StateChangeTime: '2026-05-01T09:59:30.000+0000',
    Region: 'EU (Ireland)',
    AlarmArn: ALARM_ARN,
    OldStateValue: 'OK',
    OKActions: [TOPIC],
    AlarmActions: [TOPIC],
    InsufficientDataActions: [],
    Trigger: {
      MetricName: 'HTTPCode_Target_5XX_Count',
      Namespace: 'AWS/ApplicationELB',
      StatisticType: 'Statistic',
      Statistic: 'SUM',
      Unit: null,
      Dimensions: [{ value: 'app/api/50dc6c495c0c9188', name: 'LoadBalancer' }],
      Period: 60,
      EvaluationPeriods: 1,
      ComparisonOperator: 'GreaterThanThreshold',
      Threshold: 5.0,
      TreatMissingData: 'missing',
    },
    ...overrides,
  };
}

function aNotification(message: unknown): Record<string, unknown> {
  return {
    Type: 'Notification',
    MessageId: '22b80b92-fdea-4c2c-8f9d-bdfb0c7bf324',
    TopicArn: TOPIC,
    Subject: 'ALARM: "api-5xx high" in EU (Ireland)',
    Message: typeof message === 'string' ? message : JSON.stringify(message),
    Timestamp: '2026-05-01T09:59:31.000Z',
    SignatureVersion: '1',
    Signature: 'EXAMPLE',
    SigningCertURL: 'https://sns.eu-west-1.amazonaws.com/SimpleNotificationService-example.pem',
    UnsubscribeURL: 'https://sns.eu-west-1.amazonaws.com/?Action=Unsubscribe',
  };
}

describe('cloudwatchSns', () => {
  it('maps an alarm notification', () => {
    expect(cloudwatchSns(aNotification(anAlarm()), aContext())).toMatchObject({
      ok: true,
      alerts: [
        {
          source: 'cloudwatch-sns',
          dedupKey: ALARM_ARN,
          status: 'firing',
          severity: 'error',
          summary: 'api-5xx high is ALARM: Threshold Crossed: 1 datapoint [12.0] was greater than the threshold (5.0).',
          service: 'checkout',
          host: null,
          labels: {
            LoadBalancer: 'app/api/50dc6c495c0c9188',
            alarm: 'api-5xx high',
            namespace: 'AWS/ApplicationELB',
            metric: 'HTTPCode_Target_5XX_Count',
            region: 'eu-west-1',
            account: '111122223333',
          },
          links: [{ title: 'CloudWatch alarm', url: 'https://console.aws.amazon.com/cloudwatch/home?region=eu-west-1#alarmsV2:alarm/api-5xx%20high' }],
        },
      ],
    });
  });

  test.each([
    ['ALARM', 'firing', 'error'],
    ['OK', 'resolved', 'error'],
    ['INSUFFICIENT_DATA', 'firing', 'warning'],
  ])('state %s is %s / %s', (state, status, severity) => {
    expect(cloudwatchSns(aNotification(anAlarm({ NewStateValue: state })), aContext())).toMatchObject({ ok: true, alerts: [{ status, severity }] });
  });

  it('reads the host from an InstanceId dimension and keys on account and name without an ARN', () => {
    const alarm = anAlarm({ AlarmArn: undefined, Trigger: { Dimensions: [{ name: 'InstanceId', value: 'i-0abc' }] } });
    expect(cloudwatchSns(aNotification(alarm), aContext())).toMatchObject({
      ok: true,
      alerts: [{ host: 'i-0abc', dedupKey: '111122223333:api-5xx high', links: [] }],
    });
  });

  it('keeps the alarm readable in the excerpt instead of a doubly encoded string', () => {
    const result = cloudwatchSns(aNotification(anAlarm()), aContext());
    if (!result.ok) throw new Error('must parse');
    expect(result.alerts[0]?.rawExcerpt).toContain('"Message":{"AlarmName":"api-5xx high"');
  });

  test.each(['SubscriptionConfirmation', 'UnsubscribeConfirmation'])('returns a %s as a confirmation carrying its URL, not as alerts', (type) => {
    const body = {
      Type: type,
      MessageId: '165545c9-2a5c-472c-8df2-7ff2be2b3b1b',
      Token: '2336412f37fb687f5d51e6e2425',
      TopicArn: TOPIC,
      Message: 'You have chosen to subscribe to the topic …',
      SubscribeURL: 'https://sns.eu-west-1.amazonaws.com/?Action=ConfirmSubscription&TopicArn=x&Token=2336412f37fb687f5d51e6e2425',
      Timestamp: '2026-05-01T09:00:00.000Z',
      SignatureVersion: '1',
      Signature: 'EXAMPLE',
      SigningCertURL: 'https://sns.eu-west-1.amazonaws.com/cert.pem',
    };
    expect(cloudwatchSns(body, aContext())).toEqual({
      ok: true,
      alerts: [],
      confirmation: { type, topicArn: TOPIC, subscribeUrl: body.SubscribeURL, token: body.Token },
    });
  });

  test.each([
    ['an unknown envelope type', { ...aNotification(anAlarm()), Type: 'Other' }, 'Type'],
    ['a Message that is not JSON', aNotification('plain text from another publisher'), 'Message'],
    ['an unknown alarm state', aNotification(anAlarm({ NewStateValue: 'BROKEN' })), 'Message.NewStateValue'],
    ['an alarm without a name', aNotification(anAlarm({ AlarmName: undefined })), 'Message.AlarmName'],
    ['a confirmation without SubscribeURL', { Type: 'SubscriptionConfirmation', TopicArn: TOPIC, Token: 't' }, 'SubscribeURL'],
  ])('refuses %s and names the field', (_name, body, field) => {
    const bad = cloudwatchSns(body, aContext());
    expect(bad.ok).toBe(false);
    if (!bad.ok) expect(bad.errors.map((e) => e.field)).toEqual([field]);
  });
});
